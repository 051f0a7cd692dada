import { z } from 'zod';
import { LANGUAGES, PERMISSIONS, ROLES } from '../model/records.ts';

export const languageSchema = z.enum(LANGUAGES);
export const roleSchema = z.enum(ROLES);
export const permissionSchema = z.enum(PERMISSIONS);
export const idSchema = z.string().min(1).max(64);
export const instantSchema = z.string().max(40);
export const emptyInput = z.object({}).strict().optional();
export const okOutput = z.object({ done: z.literal(true) });
