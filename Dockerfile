# Targets: `app` (ROLE=api | worker; also serves the console at /console/) and `console` (nginx).
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV ONNXRUNTIME_NODE_INSTALL=skip
COPY package.json package-lock.json .npmrc ./
COPY api/package.json api/
COPY analytics/package.json analytics/
COPY fraud-models/package.json fraud-models/
COPY console/package.json console/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:console

# The console on its own: nginx serves the bundle and forwards /v1 to the api service.
FROM nginx:1.27-alpine AS console
COPY --from=build /app/console/dist /usr/share/nginx/html/console
COPY console/nginx.conf /etc/nginx/conf.d/default.conf

FROM node:20-bookworm-slim AS app
WORKDIR /app
ENV NODE_ENV=production SEED_DEMO=false
COPY --from=build /app /app
USER node
EXPOSE 3000
CMD ["node_modules/.bin/tsx", "api/src/main.ts"]
