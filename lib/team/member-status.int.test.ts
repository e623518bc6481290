import { and, eq, isNull } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, emailOutbox, grants, tokens, users } from "@/db/schema";
import { ActionError, ForbiddenError } from "@/lib/actions/errors";
import { findActiveUserById } from "@/lib/auth/users-repo";
import { buildWorld, type World } from "@/tests/integration/permission-matrix/world";
import { addContributor } from "./add-contributor";
import { disableMember, enableMember, resendActivation } from "./member-status";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});

const userRow = async (id: string) => (await getDb().select().from(users).where(eq(users.id, id)))[0];
const actions = async (action: string) => getDb().select().from(auditEvents).where(eq(auditEvents.action, action));

describe("disable and re-enable", () => {
  it("disabling ends the member's sessions at once and keeps their rights for a re-enable", async () => {
    const member = w.actors.contributorDraft;
    await disableMember(getDb(), w.actors.responsable, member.id);
    const row = await userRow(member.id);
    expect(row.status).toBe("disabled");
    expect(row.sessionVersion).toBe(member.sessionVersion + 1);
    // What getCurrentUser does on the member's next request: no user, so signed out.
    expect(await findActiveUserById(getDb(), member.id)).toBeUndefined();
    expect(await actions("team.member_disabled")).toHaveLength(1);

    expect(await enableMember(getDb(), w.actors.responsable, member.id)).toEqual({ status: "active" });
    expect((await userRow(member.id)).status).toBe("active");
    expect(await getDb().select().from(grants).where(eq(grants.userId, member.id))).toHaveLength(2);
    expect(await actions("team.member_enabled")).toHaveLength(1);
  });

  it("re-enabling a member who never activated keeps them invited; disabling voids their link", async () => {
    await resendActivation(getDb(), w.actors.responsable, w.members.invited);
    await disableMember(getDb(), w.actors.responsable, w.members.invited);
    const open = await getDb()
      .select()
      .from(tokens)
      .where(and(eq(tokens.userId, w.members.invited), isNull(tokens.usedAt)));
    expect(open).toEqual([]);
    expect(await enableMember(getDb(), w.actors.responsable, w.members.invited)).toEqual({ status: "invited" });
    expect((await userRow(w.members.invited)).status).toBe("invited");
  });

  it("refuses to disable the Responsable, or to repeat a change", async () => {
    await expect(disableMember(getDb(), w.actors.responsable, w.actors.responsable.id)).rejects.toMatchObject({
      messageKey: "team.errors.cannotDisableResponsable",
    });
    await expect(disableMember(getDb(), w.actors.responsable, w.members.disabled)).rejects.toBeInstanceOf(ActionError);
    await expect(enableMember(getDb(), w.actors.responsable, w.members.spare)).rejects.toBeInstanceOf(ActionError);
  });
});

describe("resendActivation", () => {
  it("sends a new link and voids the previous one; refused for an active member", async () => {
    await resendActivation(getDb(), w.actors.responsable, w.members.invited);
    await resendActivation(getDb(), w.actors.responsable, w.members.invited);
    const links = await getDb().select().from(tokens).where(eq(tokens.userId, w.members.invited));
    expect(links).toHaveLength(2);
    expect(links.filter((l) => l.usedAt === null)).toHaveLength(1);
    expect(await getDb().select().from(emailOutbox).where(eq(emailOutbox.template, "account.activation"))).toHaveLength(2);
    expect(await actions("team.activation_resent")).toHaveLength(2);
    await expect(resendActivation(getDb(), w.actors.responsable, w.members.spare)).rejects.toMatchObject({
      messageKey: "team.errors.notInvited",
    });
  });
});

describe("a contributor who may create accounts", () => {
  it("adds contributors who start with no rights, but cannot disable, resend or re-enable", async () => {
    const me = w.actors.contributorNone;
    await getDb().insert(grants).values({ userId: me.id, companyId: w.companyId, kind: "create_users" });
    const created = await addContributor(getDb(), me, {
      firstName: "Zoé",
      lastName: "Roux",
      email: "zoe.roux@example.org",
      jobTitle: null,
      locale: "en",
    });
    const row = await userRow(created.id);
    expect(row).toMatchObject({
      username: "zoe.roux",
      status: "invited",
      companyRole: "contributor",
      companyId: w.companyId,
      locale: "en",
    });
    expect(await getDb().select().from(grants).where(eq(grants.userId, created.id))).toEqual([]);
    const [invited] = await actions("user.invited");
    expect(invited).toMatchObject({ actorUserId: me.id, entityId: created.id, companyId: w.companyId });
    const [email] = await getDb().select().from(emailOutbox).where(eq(emailOutbox.toAddress, "zoe.roux@example.org"));
    expect(email.locale).toBe("en");

    await expect(disableMember(getDb(), me, w.members.spare)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(resendActivation(getDb(), me, created.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(enableMember(getDb(), me, w.members.disabled)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("loses the ability as soon as the grant is removed", async () => {
    const me = w.actors.contributorNone;
    const [g] = await getDb().insert(grants).values({ userId: me.id, companyId: w.companyId, kind: "create_users" }).returning();
    await getDb().delete(grants).where(eq(grants.id, g.id));
    await expect(
      addContributor(getDb(), me, { firstName: "A", lastName: "B", email: "a.b@example.org", jobTitle: null, locale: "fr" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
