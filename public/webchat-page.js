// Starts Web Chat against this server: a token from /api/directline/token, then either the
// local Direct Line (local mode) or Azure's (production). Greets the person once connected.
// A reload resumes the same conversation (its id and token are kept in sessionStorage); when
// the server no longer knows it (a restart), a new one starts and the page says so.
(function () {
  'use strict';

  var BOT_NAME = 'Sciatica Massage Guide';
  var CONVERSATION_KEY = 'sciatica-bot-conversation';
  var STARTED_AGAIN = 'Your earlier conversation could not be continued (the chat service was restarted or it timed out), so this is a new one.';
  var RESENT = ' Your last message was sent again.';
  var DIRECT_LINE_ENDED = 5;
  var DIRECT_LINE_ONLINE = 2;

  function showError(message) {
    var box = document.getElementById('webchat-error');
    box.textContent = message;
    box.hidden = false;
  }

  function showStatus(message) {
    var box = document.getElementById('webchat-status');
    box.textContent = message;
    box.hidden = !message;
  }

  function userId() {
    var id = sessionStorage.getItem('sciatica-bot-user');
    if (!id) {
      id = 'user-' + Math.random().toString(36).slice(2, 12);
      sessionStorage.setItem('sciatica-bot-user', id);
    }
    return id;
  }

  function savedConversation() {
    try {
      var saved = JSON.parse(sessionStorage.getItem(CONVERSATION_KEY) || 'null');
      return saved && typeof saved.conversationId === 'string' && typeof saved.token === 'string' ? saved : null;
    } catch (_) {
      return null;
    }
  }

  /** The reconnect call of Direct Line: 200 while the server still has the conversation. */
  async function stillKnown(saved) {
    try {
      var response = await fetch(saved.domain + '/conversations/' + encodeURIComponent(saved.conversationId) + '?watermark=' + encodeURIComponent(saved.watermark || ''), {
        headers: { Authorization: 'Bearer ' + saved.token },
        cache: 'no-store',
      });
      return response.ok;
    } catch (_) {
      return false;
    }
  }

  async function newSession() {
    var response = await fetch('/api/directline/token', { cache: 'no-store' });
    if (!response.ok) throw new Error('token ' + response.status);
    var session = await response.json();
    return { token: session.token, domain: session.local ? window.location.origin + '/v3/directline' : session.domain, local: !!session.local };
  }

  // ---- "Was this answer helpful?" as one compact row that shows the choice once made ----

  var h = window.React && window.React.createElement;

  /**
   * The bot's feedback card, drawn as a row. Its state comes from the transcript (this
   * person's votes and comments on this answer), so a reload shows the same choice.
   */
  function FeedbackRow(props) {
    var card = props.card;
    var info = card.feedback;
    var activities = window.WebChat.hooks.useActivities()[0];
    var sendPostBack = window.WebChat.hooks.useSendPostBack();
    var chosen = window.React.useState(null);
    var comment = window.React.useState('');
    var commentSent = window.React.useState(false);
    var mine = activities.filter(function (a) {
      return a.from && a.from.role === 'user' && a.value && a.value.answerId === info.answerId;
    });
    var votes = mine.filter(function (a) {
      return a.value.feedback === 'like' || a.value.feedback === 'dislike';
    });
    var vote = votes.length ? votes[votes.length - 1].value.feedback : chosen[0];
    var commented = commentSent[0] || mine.some(function (a) {
      return typeof a.value.feedbackComment === 'string';
    });

    if (!vote) {
      return h(
        'div',
        { className: 'feedback', role: 'group', 'aria-label': card.text },
        h('span', { className: 'feedback__prompt', 'aria-hidden': 'true' }, card.text),
        card.buttons.map(function (button) {
          return h(
            'button',
            {
              type: 'button',
              key: button.title,
              className: 'feedback__button',
              onClick: function () {
                chosen[1](button.value.feedback);
                sendPostBack(button.value);
              },
            },
            button.title,
          );
        }),
      );
    }
    var inputId = 'missing-' + info.answerId.replace(/[^a-z0-9_-]/gi, '');
    return h(
      'div',
      { className: 'feedback feedback--voted' },
      h('p', { className: 'feedback__voted' }, info.voted[vote]),
      vote === 'dislike' && !commented
        ? h(
            'form',
            {
              className: 'feedback__missing',
              onSubmit: function (event) {
                event.preventDefault();
                var text = comment[0].trim();
                if (!text) return;
                commentSent[1](true);
                sendPostBack({ feedbackComment: text, answerId: info.answerId, sectionId: info.sectionId });
              },
            },
            h('label', { htmlFor: inputId }, info.whatWasMissing),
            h('input', {
              id: inputId,
              type: 'text',
              maxLength: 500,
              value: comment[0],
              onChange: function (event) {
                comment[1](event.target.value);
              },
            }),
            h('button', { type: 'submit', className: 'feedback__button' }, info.send),
          )
        : null,
    );
  }

  function feedbackAttachments() {
    return function (next) {
      return function (args) {
        var content = args.attachment && args.attachment.content;
        if (!h || !content || !content.feedback || !content.feedback.answerId || !Array.isArray(content.buttons)) return next(args);
        return h(FeedbackRow, { card: content });
      };
    };
  }

  // ---- Screen readers: each suggested action on its own ----

  /**
   * Web Chat's suggested-action toolbar is a live region, so a screen reader reads all its
   * labels as one run-on sentence. The transcript already announces that a message has
   * suggested actions; the toolbar is made quiet, and each button is then reached and read alone.
   */
  function quietSuggestedActions(root) {
    var quieten = function () {
      root.querySelectorAll('[role="toolbar"][aria-live]').forEach(function (toolbar) {
        toolbar.setAttribute('aria-live', 'off');
      });
    };
    new MutationObserver(quieten).observe(root, { childList: true, subtree: true });
    quieten();
  }

  // ---- Starting, resuming, starting again ----

  var current = null;

  function render(session, options) {
    var old = document.getElementById('webchat');
    // A fresh element for each conversation: the old Web Chat goes with the old one.
    var element = old.cloneNode(false);
    old.parentNode.replaceChild(element, old);
    if (current) current.directLine.end();

    var directLine = window.WebChat.createDirectLine({
      token: session.token,
      domain: session.domain,
      webSocket: false,
      conversationId: session.conversationId,
    });
    var chat = { directLine: directLine, session: session, lastText: null, restarting: false };
    current = chat;

    var remember = function () {
      if (current !== chat || !directLine.conversationId) return;
      sessionStorage.setItem(
        CONVERSATION_KEY,
        JSON.stringify({ conversationId: directLine.conversationId, token: directLine.token || session.token, domain: session.domain, local: session.local, watermark: directLine.watermark || '' }),
      );
    };
    directLine.connectionStatus$.subscribe(function (status) {
      if (status === DIRECT_LINE_ONLINE) remember();
      // The polling found the conversation gone (404): the server restarted.
      if (status === DIRECT_LINE_ENDED && current === chat) startAgain(chat, false);
    });

    var store = window.WebChat.createStore({}, function (api) {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            // The documented welcome pattern, for a new conversation only: a resumed one was greeted already.
            if (!options.resumed) api.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { language: navigator.language } } });
            if (options.resend) api.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: options.resend } });
          }
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') setTimeout(remember, 0);
          if (action.type === 'DIRECT_LINE/POST_ACTIVITY' && action.payload.activity.type === 'message' && action.payload.activity.text) {
            chat.lastText = action.payload.activity.text;
          }
          // A send that fails because the server no longer knows the conversation starts a new one, instead of "Send failed".
          if (action.type === 'DIRECT_LINE/POST_ACTIVITY_REJECTED') {
            stillKnown(chat.session.conversationId ? chat.session : Object.assign({}, chat.session, { conversationId: directLine.conversationId })).then(function (known) {
              if (!known && current === chat) startAgain(chat, true);
            });
          }
          return next(action);
        };
      };
    });

    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: store,
        // Azure's tokens carry their own user id; our local Direct Line takes the page's.
        userID: session.local ? userId() : undefined,
        username: 'You',
        locale: 'en-GB',
        attachmentMiddleware: feedbackAttachments,
        overrideLocalizedStrings: {
          TEXT_INPUT_PLACEHOLDER: 'Ask about massage for sciatica',
          // Screen readers hear the bot's name, not "Bot SG".
          ACTIVITY_BOT_SAID_ALT: BOT_NAME + ' said:',
          ACTIVITY_BOT_ATTACHED_ALT: BOT_NAME + ' attached:',
        },
        styleOptions: {
          accent: '#0f6e6e',
          backgroundColor: '#f7fafa',
          botAvatarImage: '/avatar.svg',
          botAvatarInitials: 'SG',
          bubbleBackground: '#ffffff',
          bubbleBorderColor: '#d6e4e4',
          bubbleBorderRadius: 12,
          bubbleFromUserBackground: '#0f6e6e',
          bubbleFromUserTextColor: '#ffffff',
          bubbleFromUserBorderRadius: 12,
          // A clicked card button in the brand colour, not Web Chat's blue.
          cardPushButtonBackgroundColor: '#0f6e6e',
          cardPushButtonTextColor: '#ffffff',
          hideUploadButton: true,
          primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
          sendBoxBorderTop: 'solid 1px #d6e4e4',
          sendBoxHeight: 52,
          // One suggested question per line, wrapped rather than cut off on a phone.
          suggestedActionLayout: 'stacked',
          suggestedActionsStackedLayoutButtonTextWrap: true,
          suggestedActionsStackedHeight: 270,
          suggestedActionBorderRadius: 16,
          // Web Chat's default grey is 4.3:1 on this background; WCAG AA asks 4.5:1.
          timestampColor: '#4d5c5c',
        },
      },
      element,
    );
    quietSuggestedActions(element);
    element.querySelector('input, textarea')?.focus();
  }

  async function startAgain(chat, resend) {
    if (chat.restarting) return;
    chat.restarting = true;
    sessionStorage.removeItem(CONVERSATION_KEY);
    try {
      var text = resend ? chat.lastText : null;
      render(await newSession(), { resumed: false, resend: text });
      showStatus(STARTED_AGAIN + (text ? RESENT : ''));
    } catch (_) {
      showError('The chat could not start again. Please refresh the page.');
    }
  }

  async function start() {
    if (!window.WebChat) return showError('The chat could not load. Please refresh the page.');
    var saved = savedConversation();
    if (saved) {
      if (await stillKnown(saved)) return render(saved, { resumed: true });
      sessionStorage.removeItem(CONVERSATION_KEY);
    }
    var session;
    try {
      session = await newSession();
    } catch (_) {
      return showError('The chat is unavailable right now. Please try again in a moment.');
    }
    render(session, { resumed: false });
    if (saved) showStatus(STARTED_AGAIN);
  }

  start().catch(function () {
    showError('The chat could not start. Please refresh the page.');
  });
})();
