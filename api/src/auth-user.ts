/** The signed-in caller: what a live session stands for (resolved by the users module, carried by http/). */
export interface AuthUser {
  id: string;
  email: string;
  display_name: string;
  roles: string[];
  created_at: Date;
  email_verified_at: Date | null;
  /** The language mail is written in. */
  locale: 'en' | 'fr';
}
