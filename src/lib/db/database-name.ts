// The IndexedDB database's name, alone so that a reader without Dexie (Home's first paint)
// can name it without loading the schema.
export const DATABASE_NAME = 'iris-mlops-playground';
