/** Social platforms named as where words were posted ("wrote on Twitter", "her Instagram post"), written as data. */
export const PLATFORMS: readonly string[] = ['Twitter', 'Facebook', 'Instagram', 'YouTube', 'TikTok', 'Weibo', 'Telegram', 'Snapchat', 'Reddit', 'LinkedIn', 'WhatsApp'];
