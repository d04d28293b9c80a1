import { describe, expect, it } from "vitest";
import { assignableRoles, canManageMembers, isOwner, roleLabel } from "./organization-roles";

describe("organization roles", () => {
  it("lets owners and admins manage members, not plain members", () => {
    expect(canManageMembers("owner")).toBe(true);
    expect(canManageMembers("admin")).toBe(true);
    expect(canManageMembers("member,admin")).toBe(true);
    expect(canManageMembers("member")).toBe(false);
    expect(canManageMembers("")).toBe(false);
    expect(canManageMembers(null)).toBe(false);
  });

  it("lets only owners hand out the owner role", () => {
    expect(assignableRoles("owner")).toEqual(["member", "admin", "owner"]);
    expect(assignableRoles("admin")).toEqual(["member", "admin"]);
    expect(assignableRoles("member")).toEqual([]);
    expect(isOwner("admin,owner")).toBe(true);
    expect(isOwner("administrator")).toBe(false);
  });

  it("reads comma-separated roles in words", () => {
    expect(roleLabel("owner,admin")).toBe("Owner, Admin");
    expect(roleLabel("member")).toBe("Member");
    expect(roleLabel("auditor")).toBe("auditor");
  });
});
