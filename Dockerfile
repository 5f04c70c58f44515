# The bot as a container: compiled build, production dependencies only, runs as a non-root user
# and needs no network once built (local mode, or the Azure services you configure).
#   docker build -t sciatica-bot .
#   docker run --rm -p 3978:3978 --env-file .env sciatica-bot
# NODE_IMAGE lets a machine without Docker Hub build from a local copy of the same image.
ARG NODE_IMAGE=node:20-bookworm-slim

# --- build: every dependency from the lock file, then the TypeScript compiled to dist/ ---
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# --ignore-scripts: the package's own prepare (npm run build) needs the sources, copied below.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# tsc needs only src/; the knowledge is here for any build step that reads it.
COPY knowledge ./knowledge
RUN npm run build

# --- runtime: production dependencies, the build, the knowledge and the page ---
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3978 \
    HOST=0.0.0.0 \
    CACHE_DIR=/app/cache \
    EVENTS_FILE=/app/data/events.jsonl
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# Install scripts off: botbuilder-dialogs' postinstall fetches rimraf with npx (a dev dependency,
# not in a production install) only to delete three nested copies of recognizers-text-number;
# they are deleted here instead, so every package comes from the lock file. The other install
# scripts (core-js, esbuild, dtrace-provider) are not needed to run the bot.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && rm -rf node_modules/@microsoft/recognizers-text-suite/node_modules/@microsoft/recognizers-text-number \
           node_modules/@microsoft/recognizers-text-date-time/node_modules/@microsoft/recognizers-text-number \
           node_modules/@microsoft/recognizers-text-number-with-unit/node_modules/@microsoft/recognizers-text-number \
 && npm cache clean --force \
 && mkdir -p /app/cache /app/data && chown node:node /app/cache /app/data
COPY --from=build /app/dist ./dist
COPY knowledge ./knowledge
COPY public ./public
USER node
EXPOSE 3978
# No curl in the slim image; Node's own fetch asks /healthz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself, not npm, so SIGTERM from `docker stop` reaches the bot's graceful shutdown.
# DEP0111: restify 11 loads spdy, whose http-deceiver reads process.binding('http_parser'); unused here.
CMD ["node", "--disable-warning=DEP0111", "dist/src/index.js"]
