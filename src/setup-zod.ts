// Zod settings for the app bundle, imported first in app.ts: no eval (mini-program engines forbid
// `new Function`) and Chinese default messages. Must run before any schema parses.
import { z } from 'zod';

z.config({ jitless: true });
z.config(z.locales.zhCN());
