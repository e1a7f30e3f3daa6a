import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { LocalStorageService } from './local-storage.service';
import { isStorageKey, newStorageKey, StoredFileMissingError } from './storage.service';

const readAll = async (stream: Readable): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
};

describe('LocalStorageService', () => {
  let root: string;
  let storage: LocalStorageService;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'campus-storage-'));
    storage = new LocalStorageService(root);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('stores, reads back byte for byte, replaces and deletes', async () => {
    const key = newStorageKey('course-files');
    const data = Buffer.from([0, 1, 2, 255, 254, 10, 13]);
    await storage.put(key, data);
    expect(await storage.exists(key)).toBe(true);
    expect(await readAll(await storage.read(key))).toEqual(data);
    await storage.put(key, Buffer.from('otro'));
    expect((await readAll(await storage.read(key))).toString()).toBe('otro');
    expect(await readdir(path.join(root, 'course-files'))).toEqual([key.split('/')[1]]);
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it('writes a stream whole, and leaves nothing behind when the stream fails', async () => {
    const key = newStorageKey('report-exports');
    const chunks = Array.from({ length: 50 }, (_, i) => Buffer.alloc(10_000, i));
    expect(await storage.write(key, Readable.from(chunks))).toBe(500_000);
    expect(await readAll(await storage.read(key))).toEqual(Buffer.concat(chunks));

    const broken = newStorageKey('report-exports');
    async function* failing() {
      yield Buffer.from('mitad');
      throw new Error('se cortó');
    }
    await expect(storage.write(broken, Readable.from(failing()))).rejects.toThrow('se cortó');
    expect(await storage.exists(broken)).toBe(false);
    expect(await readdir(path.join(root, 'report-exports'))).toEqual([key.split('/')[1]]);
  });

  it('says when a key holds nothing', async () => {
    await expect(storage.read('course-files/nada')).rejects.toBeInstanceOf(StoredFileMissingError);
  });

  it('refuses keys that could leave its directory', async () => {
    for (const key of ['../etc/passwd', '/etc/passwd', 'a/../../b', 'A/B', 'a//b', '']) {
      expect(isStorageKey(key)).toBe(false);
      await expect(storage.put(key, Buffer.from('x'))).rejects.toThrow('Invalid storage key');
    }
    expect(isStorageKey(newStorageKey('course-files'))).toBe(true);
  });
});
