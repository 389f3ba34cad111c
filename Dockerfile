# NutriBot container image. Two stages: build with the dev dependencies (TypeScript), run with only the
# production dependencies on a slim Node 22 image, as an unprivileged user.
# test/deploy/productionInstall.test.ts replays the runtime stage without Docker; keep the two in step.

FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: no dependency needs its install script here (botbuilder-dialogs' postinstall only
# prunes copies of number recognisers the bot does not use, and needs rimraf from the network).
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json ./
COPY src ./src
COPY dialogs ./dialogs
COPY knowledge ./knowledge
RUN npm run build

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3978
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
# The image's own unprivileged user; the files stay root's, so the process cannot change its own code.
USER node
EXPOSE 3978
# Liveness only: Redis or Slack being away is readiness (/readyz), not a reason to restart.
HEALTHCHECK --interval=15s --timeout=3s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3978)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Exec form: node itself is PID 1 and gets SIGTERM (no shell in between), so turns in flight finish.
CMD ["node", "dist/src/index.js"]
