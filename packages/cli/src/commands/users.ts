import { createUserBody } from "@faircollect/contract";
import { buildDeps } from "@faircollect/server/build-app";
import { loadConfig } from "@faircollect/server/config";
import { createUser } from "@faircollect/server/services/users/users";
import { Command } from "commander";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** `faircollect users create`: add a login from the command line (the first admin, say). */
export function usersCommand(): Command {
  const users = new Command("users").description("manage users");
  users
    .command("create")
    .description("create a user; without --password the password is read from standard input")
    .requiredOption("--username <name>")
    .requiredOption("--role <role>", "admin, supervisor, collector, borrower or auditor")
    .option("--display-name <name>")
    .option("--password <password>")
    .option("--agency-id <id>")
    .option("--borrower-id <id>")
    .option("--certified-until <instant>")
    .action(async (o: Record<string, string | undefined>) => {
      const input = createUserBody.safeParse({
        username: o.username,
        role: o.role,
        displayName: o.displayName ?? o.username,
        password: o.password ?? (await readStdin()).trim(),
        agencyId: o.agencyId,
        borrowerId: o.borrowerId,
        certifiedUntil: o.certifiedUntil,
      });
      if (!input.success) {
        throw new Error(input.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
      }
      const { deps } = await buildDeps(loadConfig());
      try {
        const user = await createUser(deps, null, input.data);
        console.log(`created ${user.role} \`${user.username}\` (${user.id})`);
      } finally {
        await deps.store.close();
      }
    });
  return users;
}
