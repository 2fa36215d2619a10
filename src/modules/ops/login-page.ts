/** Messages shown above the form; fixed texts only, nothing the visitor typed is echoed back. */
export const loginMessages = {
  unknownKey: 'That API key is unknown, revoked or expired.',
  wrongRole: 'Only ops and admin keys may open the queue dashboard.',
  missingKey: 'Paste an API key.',
} as const;

export type LoginMessage = keyof typeof loginMessages;

/** The dashboard's login form: a browser cannot send a bearer header, so the key is posted once for a session cookie. */
export function loginPage(message?: LoginMessage): string {
  const alert = message ? `<p class="error" role="alert">${loginMessages[message]}</p>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Whistle Dispatch · queue dashboard login</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 26rem; margin: 4rem auto; padding: 0 1rem; color: #1f2933; }
  label { display: block; margin: 1rem 0 .25rem; font-weight: 600; }
  input { width: 100%; box-sizing: border-box; padding: .5rem; font: inherit; }
  button { margin-top: 1rem; padding: .5rem 1.25rem; font: inherit; }
  .error { color: #b42318; }
</style>
</head>
<body>
<h1>Queue dashboard</h1>
<p>Sign in with an <strong>ops</strong> key (read-only) or an <strong>admin</strong> key (retry and clean jobs). The session lasts 8 hours.</p>
${alert}
<form method="post" action="/admin/login">
  <label for="apiKey">API key</label>
  <input id="apiKey" name="apiKey" type="password" autocomplete="off" required>
  <button type="submit">Sign in</button>
</form>
</body>
</html>
`;
}
