// Starts Web Chat against this server: a token from /api/directline/token, then either the
// local Direct Line (local mode) or Azure's (production). Greets the person once connected.
(function () {
  'use strict';

  function showError(message) {
    var box = document.getElementById('webchat-error');
    box.textContent = message;
    box.hidden = false;
  }

  function userId() {
    var id = sessionStorage.getItem('sciatica-bot-user');
    if (!id) {
      id = 'user-' + Math.random().toString(36).slice(2, 12);
      sessionStorage.setItem('sciatica-bot-user', id);
    }
    return id;
  }

  async function start() {
    if (!window.WebChat) return showError('The chat could not load. Please refresh the page.');
    var response = await fetch('/api/directline/token', { cache: 'no-store' });
    if (!response.ok) return showError('The chat is unavailable right now. Please try again in a moment.');
    var session = await response.json();
    var directLine = window.WebChat.createDirectLine(
      session.local
        ? { token: session.token, domain: window.location.origin + '/v3/directline', webSocket: false }
        : { token: session.token, domain: session.domain },
    );
    // The documented welcome pattern: tell the bot the person is here once connected.
    var store = window.WebChat.createStore({}, function (api) {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            api.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { language: navigator.language } } });
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
        overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: 'Ask about massage for sciatica' },
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
          // A clicked card button (e.g. "Helpful") in the brand colour, not Web Chat's blue.
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
        },
      },
      document.getElementById('webchat'),
    );
    document.querySelector('#webchat input, #webchat textarea')?.focus();
  }

  start().catch(function () {
    showError('The chat could not start. Please refresh the page.');
  });
})();
