/** The largest logo file accepted; the settings page checks it before sending, the server again. */
export const MAX_LOGO_UPLOAD_BYTES = 2 * 1024 * 1024;
