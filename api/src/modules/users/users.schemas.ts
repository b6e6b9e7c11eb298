import { z } from 'zod';

const Email = z.email('must be a valid email address').max(254, 'must be at most 254 characters').transform((e) => e.toLowerCase());
const Password = z.string().min(10, 'must be at least 10 characters').max(200, 'must be at most 200 characters');

export const RegisterBody = z.strictObject({
  email: Email,
  password: Password,
  display_name: z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters'),
});

export const LoginBody = z.strictObject({
  email: Email,
  password: z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
});

export const UserResponse = z.object({
  id: z.uuid(),
  email: z.email(),
  display_name: z.string(),
  roles: z.array(z.string()),
  created_at: z.iso.datetime(),
});

export const SessionResponse = z.object({ user: UserResponse, token: z.string() });
