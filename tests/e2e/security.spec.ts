import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, visit } from "./support/a11y";
import { signIn, signOut } from "./support/auth";
import { queryServer, serverDatabase } from "./support/db";

const DASHES = "-".repeat(36);

async function origin(page: Page): Promise<string> {
  return new URL(page.url()).origin;
}

test.describe("redirects after sign-in stay on the platform", () => {
  test("a tab in 'from' does not lead off-site, signed in or not, and a newline is no 500", async ({ page }) => {
    await signIn(page, "demo.responsable");
    const own = await origin(page);
    await page.goto("/login?from=%2F%09%2Fevil.example%2Fphish");
    expect(new URL(page.url()).origin).toBe(own);
    await page.goto("/accept-terms?from=%2F%09%2Fevil.example%2Fphish");
    expect(new URL(page.url()).origin).toBe(own);
    const newline = await page.request.get("/login?from=%2F%0A%2Fevil.example", { maxRedirects: 0 });
    expect(newline.status()).toBeLessThan(500);
    const location = newline.headers()["location"];
    if (location) expect(new URL(location, own).origin).toBe(own);
  });
});

test.describe("sessions end on the server", () => {
  test("a cookie kept after signing out opens nothing", async ({ page, browser }) => {
    await signIn(page, "demo.contributeur");
    const cookies = await page.context().cookies();
    await signOut(page);
    const other = await browser.newContext();
    await other.addCookies(cookies);
    const replay = await other.newPage();
    await replay.goto("/dashboard");
    await expect(replay).toHaveURL(/\/login/);
    await other.close();
  });

  test("'sign out everywhere' in the profile ends the other sessions too", async ({ page, browser }) => {
    const other = await browser.newContext();
    const laptop = await other.newPage();
    await signIn(laptop, "demo.redactrice");
    await signIn(page, "demo.redactrice");
    await visit(page, "/profile");
    // For a person to look at (not an assertion): the profile at desktop and phone widths.
    await page.screenshot({ path: "test-results/screens/profile-1280.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/screens/profile-390.png", fullPage: true });
    await expectAccessible(page);
    await page.getByRole("button", { name: "Se déconnecter partout" }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=1$/);
    await laptop.goto("/dashboard");
    await expect(laptop).toHaveURL(/\/login/);
    await other.close();
  });
});

test.describe("malformed input is a 404 or 400, never a 500", () => {
  test("ids of 36 dashes and NUL bytes in searches", async ({ page }) => {
    await signIn(page, "demo.operateur");
    for (const path of [
      `/operator/requests/${DASHES}`,
      `/operator/requests/${DASHES}/document`,
      `/mailbox/${DASHES}`,
      `/mailbox/${DASHES}/html`,
    ]) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
    }
    expect((await page.request.get("/operator?q=%00")).status()).toBe(200);
    await signOut(page);
    await signIn(page, "demo.responsable");
    for (const path of ["/products?q=%00", "/team?q=%00", "/products?q=%00%01%7F"])
      expect((await page.request.get(path)).status(), path).toBe(200);
    for (const path of [`/evaluations/${DASHES}/evidence/${DASHES}`, `/evaluations/${DASHES}/export.csv`, `/products/${DASHES}`]) {
      expect((await page.request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
    }
  });

  test("a server action posted from another origin gets 403", async ({ request }) => {
    const response = await request.post("/contact", {
      headers: { "Next-Action": "0".repeat(42), Origin: "https://evil.example", "Content-Type": "text/plain;charset=UTF-8" },
      data: "[]",
    });
    expect(response.status()).toBe(403);
  });

  test("a request body over the limit gets 413 with a translated message", async ({ request }) => {
    const response = await request.post("/request-account", {
      headers: { "Next-Action": "0".repeat(42), "Content-Type": "application/octet-stream" },
      data: Buffer.alloc(13 * 1024 * 1024, 1),
    });
    expect(response.status()).toBe(413);
    expect(await response.text()).toContain("trop volumineuse");
  });
});

test.describe("headers", () => {
  test("each page gets its own CSP nonce, scripts carry it, and nothing is blocked", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const first = await page.goto("/login");
    const second = await page.request.get("/login");
    const policy = first!.headers()["content-security-policy"];
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(second.headers()["content-security-policy"]).not.toContain(nonce!);
    expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
    await expectAccessible(page);
    // Client code runs: the password rules are checked while typing on the activation page's
    // component; on the sign-in page, the form is enhanced (no full reload on error).
    await page.getByRole("textbox", { name: "Nom d’utilisateur", exact: true }).fill("nobody.here");
    await page.getByRole("textbox", { name: "Mot de passe", exact: true }).fill("wrong-password");
    await page.getByRole("button", { name: "Se connecter" }).last().click();
    await expect(page.getByRole("alert").first()).toBeVisible();
    expect(violations).toEqual([]);
    for (const name of ["x-frame-options", "x-content-type-options", "referrer-policy", "permissions-policy"])
      expect(first!.headers()[name], name).toBeTruthy();
  });

  test("a signed-in page is rendered per request and keeps its own nonce", async ({ page }) => {
    await signIn(page, "demo.responsable");
    const first = await page.goto("/dashboard");
    const second = await page.request.get("/dashboard");
    const nonce = /'nonce-([^']+)'/.exec(first!.headers()["content-security-policy"])?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers()["content-security-policy"]).not.toContain(nonce!);
    expect(first!.headers()["content-security-policy"]).not.toContain("'sha256-");
    await expect(page.getByTestId("signed-in-user")).toBeVisible();
  });

  test("a download asked without a session redirects to the configured APP_URL, whatever the Host says", async ({ request, baseURL }) => {
    const response = await request.get(`/evaluations/${DASHES}/export.csv`, {
      maxRedirects: 0,
      headers: { "X-Forwarded-Host": "evil.example" },
    });
    expect([303, 307]).toContain(response.status());
    // Absolute on APP_URL, or relative (then on the host the request was sent to): never evil.example.
    expect(new URL(response.headers()["location"], baseURL).origin).toBe(new URL(baseURL!).origin);
  });
});

test.describe("new terms of use bind actions and downloads", () => {
  test.skip(!serverDatabase, "needs the PostgreSQL server to change the accepted version");

  test("an action is refused, and a download sends to the terms, until they are accepted", async ({ page }) => {
    await signIn(page, "demo.redactrice");
    await visit(page, "/profile");
    await queryServer(`update users set terms_version = '2000-01' where username = 'demo.redactrice'`);
    await page.getByRole("button", { name: "Enregistrer" }).first().click();
    await expect(page.getByText("Les nouvelles conditions d’utilisation doivent être acceptées")).toBeVisible();
    const download = await page.request.get(`/evaluations/${"0".repeat(8)}-0000-4000-8000-${"0".repeat(12)}/export.csv`, {
      maxRedirects: 0,
    });
    expect(download.headers()["location"]).toContain("/accept-terms");
    await queryServer(
      `update users set terms_version = (select terms_version from users where username = 'demo.responsable') where username = 'demo.redactrice'`,
    );
  });
});
