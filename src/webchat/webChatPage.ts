/** The local browser chat page: Microsoft's Web Chat (served from node_modules, no CDN) on the Direct Line shim. */
export const WEB_CHAT_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>NutriBot</title>
    <style>
      html, body { height: 100%; margin: 0; font-family: 'Segoe UI', system-ui, sans-serif; background: #f3f5f4; }
      header { background: #228b5e; color: #fff; padding: 12px 20px; font-size: 18px; }
      #webchat { height: calc(100% - 48px); max-width: 820px; margin: 0 auto; background: #fff; }
    </style>
  </head>
  <body>
    <header>NutriBot · nutrition and muscle-symptom assistant</header>
    <main id="webchat" role="main"></main>
    <script src="/webchat/webchat.js"></script>
    <script>
      // No userID: the server issues each conversation its own user id, whatever Web Chat sends.
      const directLine = window.WebChat.createDirectLine({ domain: location.origin + '/v3/directline', webSocket: false, token: 'local' });
      window.WebChat.renderWebChat(
        { directLine, username: 'You', locale: 'en-US', styleOptions: { accent: '#228b5e', botAvatarInitials: 'NB', userAvatarInitials: 'You', suggestedActionLayout: 'flow' } },
        document.getElementById('webchat'),
      );
    </script>
  </body>
</html>
`;
