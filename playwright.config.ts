import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium: Playwright cannot download its own browser on these machines. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.PREVIEW_PORT ?? 4322);
/** The same site built from hostile and broken articles (tests/fixtures/hostile and bad-input). */
export const edgePort = port + 1;
/** The site built from the seeds and the stories written for the tests (33 events): the newsroom tests. */
export const newsPort = port + 2;

export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
        // The embed tests put a "news site" on one loopback origin and the timeline on another;
        // Chromium's local-network checks would block that here, never between two public sites.
        '--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessSendPreflights,PrivateNetworkAccessRespectPreflightResults'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    { command: `node src/cli/serve.ts dist ${port}`, url: `http://127.0.0.1:${port}/`, reuseExistingServer: false, timeout: 60_000 },
    { command: `node src/cli/serve.ts dist-edge ${edgePort}`, url: `http://127.0.0.1:${edgePort}/`, reuseExistingServer: false, timeout: 60_000 },
    { command: `node src/cli/serve.ts dist-news ${newsPort}`, url: `http://127.0.0.1:${newsPort}/`, reuseExistingServer: false, timeout: 60_000 },
  ],
});
