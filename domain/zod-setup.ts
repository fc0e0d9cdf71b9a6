// Zod settings for every bundle: no eval (mini-program engines forbid it) and Chinese messages.
import { z } from 'zod';

z.config({ jitless: true });
z.config(z.locales.zhCN());
