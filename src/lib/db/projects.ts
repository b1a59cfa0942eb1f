// Projects: saved training setups with typed parameters, run with overrides.
import { db } from './database';
import { ConflictError, NotFoundError } from './errors';
import type { ProjectRecord } from './records';

export async function listProjects(): Promise<ProjectRecord[]> {
  return db.projects.orderBy('name').toArray();
}

export async function saveProject(
  project: Omit<ProjectRecord, 'created_at'>,
  now = new Date(),
): Promise<ProjectRecord> {
  const record: ProjectRecord = { ...project, created_at: now.toISOString() };
  await db.transaction('rw', db.projects, async () => {
    if (await db.projects.get(project.name)) {
      throw new ConflictError(`A project named '${project.name}' already exists`);
    }
    await db.projects.add(record);
  });
  return record;
}

export async function deleteProject(name: string): Promise<void> {
  await db.transaction('rw', db.projects, async () => {
    if (!(await db.projects.get(name))) throw new NotFoundError(`Project '${name}' not found`);
    await db.projects.delete(name);
  });
}
