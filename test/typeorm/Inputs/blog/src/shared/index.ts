export * from "./contact-info";
export { AuditColumns as Audited } from "./audit";
