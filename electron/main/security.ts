// Hardening for every web contents the app ever creates, installed before anything else in main.
// Follows Electron's security checklist: no navigation, no new windows, no webviews, no permissions.
import { app, session, shell } from 'electron';
import { openExternalSafely } from '../../src/core/external-url';

app.on('web-contents-created', (_event, contents) => {
  // The app is a single page with hash routes; any real navigation is either a bug or an attack.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Never a new Electron window; a plain web link may go to the system browser after validation.
    void openExternalSafely(url, (safe) => shell.openExternal(safe)); // eng-disable OPEN_EXTERNAL_JS_CHECK only URLs that pass checkExternalUrl reach the shell
    return { action: 'deny' };
  });
});

app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.setDevicePermissionHandler(() => false);
});
