// The shape of a message catalog: a stable code → its text in Thai and English.
export type Catalog = Record<string, { th: string; en: string }>;
