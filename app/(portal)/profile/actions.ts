"use server";

import { signIn } from "@/auth";
import {
  changePassword,
  emailChangeSchema,
  passwordChangeSchema,
  profileSchema,
  requestEmailChange,
  updateProfile,
} from "@/lib/accounts/profile";
import { defineAction } from "@/lib/actions/action";

export const updateProfileAction = defineAction({
  schema: profileSchema,
  access: "user",
  async run({ input, user, meta, t }) {
    await updateProfile(user, input, meta);
    return { data: undefined, revalidate: ["/profile"], message: t("account.profile.saved") };
  },
});

export const requestEmailChangeAction = defineAction({
  schema: emailChangeSchema,
  access: "user",
  async run({ input, user, meta, t }) {
    await requestEmailChange(user, input, meta);
    return { data: undefined, revalidate: ["/profile"], message: t("account.profile.confirmationSent", { email: input.newEmail }) };
  },
});

/**
 * The password change ends every session (session version bumped); this one is re-issued at
 * once with the new password, so the person who just changed it stays signed in here. The
 * outcome is a redirect: Next renders its target with the new session cookie, whereas a
 * re-render of this request would still carry the old one.
 */
export const changePasswordAction = defineAction({
  schema: passwordChangeSchema,
  access: "user",
  async run({ input, user, meta }) {
    await changePassword(user, input, meta);
    await signIn("credentials", { username: user.username, password: input.password, redirect: false });
    return { data: undefined, redirectTo: "/profile?passwordChanged=1" };
  },
});
