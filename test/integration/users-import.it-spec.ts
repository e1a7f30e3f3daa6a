import { randomUUID } from 'node:crypto';
import { createTestApp, login, makeMunicipality, makeUser } from '../support/test-app';
import type { MadeMunicipality, MadeUser, TestContext } from '../support/test-app';

const HEADER = ['correo', 'nombres', 'apellidos', 'ci', 'complemento', 'expedido', 'genero', 'municipio', 'unidad', 'cargo'];

/** A unique 9-digit cédula (makeUser uses 7 digits, so the two never collide). */
const cedula = () => String(100_000_000 + Math.floor(Math.random() * 899_999_999));

describe('officials CSV import (real PostgreSQL)', () => {
  let ctx: TestContext;
  let admin: MadeUser;
  let adminToken: string;
  let palca: MadeMunicipality;
  let achocalla: MadeMunicipality;

  const upload = (csv: string | Buffer, query: Record<string, string> = {}, token = adminToken) =>
    ctx.http().post('/api/users/import').query(query).set('Authorization', `Bearer ${token}`)
      .attach('file', Buffer.isBuffer(csv) ? csv : Buffer.from(csv, 'utf8'), { filename: 'funcionarios.csv', contentType: 'text/csv' });

  /** Unique emails for one test, so parallel test files never collide. */
  const emails = (n: number) => {
    const tag = randomUUID().slice(0, 8);
    return Array.from({ length: n }, (_, i) => `funcionario${i + 1}.${tag}@palca.gob.bo`);
  };
  const countByEmails = async (list: string[]) =>
    Number((await ctx.db.query('SELECT count(*)::int AS n FROM users WHERE email = ANY($1)', [list.map((e) => e.toLowerCase())]))[0].n);

  beforeAll(async () => {
    ctx = await createTestApp();
    palca = await makeMunicipality(ctx.db, { name: 'Palca' });
    achocalla = await makeMunicipality(ctx.db, { name: 'Achocalla' });
    admin = await makeUser(ctx.db, ['admin']);
    adminToken = (await login(ctx, admin)).token;
  });
  afterAll(() => ctx.close());

  it('imports a UTF-8 file with BOM and semicolons: participants in the right municipality, accents kept, audited', async () => {
    const [a, b, c] = emails(3);
    const ids = [cedula(), cedula(), cedula()];
    const csv = `\uFEFF${HEADER.join(';')}\r\n`
      + `${a.toUpperCase()};María José;Condori Ñusta;${ids[0]};;LP;F;${palca.code};Dirección de Finanzas;Técnica\r\n`
      + `${b};Iñaki;Mamani Peñaranda;${ids[1]};1B;OR;masculino;${achocalla.code};Unidad de Catastro;Jefe de Unidad\r\n`
      + `${c};Sofía;Apaza;${ids[2]};;LP;otro;${palca.code};;\r\n`;
    const response = await upload(csv);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ dryRun: false, rows: 3, created: 3 });

    const rows = await ctx.db.query(
      `SELECT email, first_names, last_names, national_id_number, national_id_complement, national_id_issued_in, gender,
              municipality_id, org_unit, position, roles, active, password_hash
         FROM users WHERE email = ANY($1) ORDER BY email`,
      [[a, b, c]],
    );
    expect(rows).toEqual([
      { email: a, first_names: 'María José', last_names: 'Condori Ñusta', national_id_number: ids[0], national_id_complement: null, national_id_issued_in: 'LP', gender: 'female', municipality_id: palca.id, org_unit: 'Dirección de Finanzas', position: 'Técnica', roles: ['participant'], active: true, password_hash: expect.any(String) },
      { email: b, first_names: 'Iñaki', last_names: 'Mamani Peñaranda', national_id_number: ids[1], national_id_complement: '1B', national_id_issued_in: 'OR', gender: 'male', municipality_id: achocalla.id, org_unit: 'Unidad de Catastro', position: 'Jefe de Unidad', roles: ['participant'], active: true, password_hash: expect.any(String) },
      { email: c, first_names: 'Sofía', last_names: 'Apaza', national_id_number: ids[2], national_id_complement: null, national_id_issued_in: 'LP', gender: 'other', municipality_id: palca.id, org_unit: null, position: null, roles: ['participant'], active: true, password_hash: expect.any(String) },
    ]);
    for (const row of rows) expect(row.password_hash).not.toMatch(/^\$argon2/);

    const audit = await ctx.db.query(`SELECT actor_id, action, after FROM audit_log WHERE action = 'user.import' AND actor_id = $1`, [admin.id]);
    expect(audit).toContainEqual({ actor_id: admin.id, action: 'user.import', after: { created: 3 } });

    // The API shows them with their accents too.
    const listed = await ctx.http().get('/api/users').query({ search: b }).set('Authorization', `Bearer ${adminToken}`);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toMatchObject([{ email: b, fullName: 'Iñaki Mamani Peñaranda', roles: ['participant'], municipality: { id: achocalla.id } }]);
  });

  it('imports a comma-separated file with quoted cells and English/alias headers in another order', async () => {
    const [a, b] = emails(2);
    const ids = [cedula(), cedula()];
    const csv = 'email,codigo_ine,first_names,last_names,cédula,expedido,sexo,unidad\n'
      + `${a},${achocalla.code},"Juan, Pablo",Quispe,${ids[0]},lp,Hombre,"Secretaría de Desarrollo Humano"\n`
      + `"${b}",${palca.code},Ángela,Choque,${ids[1]},CB,mujer,\n`;
    const response = await upload(csv);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ dryRun: false, rows: 2, created: 2 });
    const rows = await ctx.db.query(
      'SELECT email, first_names, municipality_id, gender, national_id_issued_in, org_unit, roles FROM users WHERE email = ANY($1) ORDER BY email',
      [[a, b]],
    );
    expect(rows).toEqual([
      { email: a, first_names: 'Juan, Pablo', municipality_id: achocalla.id, gender: 'male', national_id_issued_in: 'LP', org_unit: 'Secretaría de Desarrollo Humano', roles: ['participant'] },
      { email: b, first_names: 'Ángela', municipality_id: palca.id, gender: 'female', national_id_issued_in: 'CB', org_unit: null, roles: ['participant'] },
    ]);
  });

  it('validates with ?dryRun=true and creates nothing', async () => {
    const list = emails(2);
    const csv = `${HEADER.join(';')}\n${list.map((e) => `${e};Ana;Quispe;${cedula()};;LP;F;${palca.code};;`).join('\n')}\n`;
    const response = await upload(csv, { dryRun: 'true' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ dryRun: true, rows: 2, created: 0 });
    expect(await countByEmails(list)).toBe(0);

    // The same file, for real, then creates them.
    const real = await upload(csv, { dryRun: 'false' });
    expect(real.body).toEqual({ dryRun: false, rows: 2, created: 2 });
    expect(await countByEmails(list)).toBe(2);
  });

  it('refuses a dryRun value other than true/false (400 naming it) instead of importing for real', async () => {
    const list = emails(1);
    const csv = `${HEADER.join(';')}\n${list[0]};Ana;Quispe;${cedula()};;LP;F;${palca.code};;\n`;
    for (const value of ['1', 'si', '']) {
      const response = await upload(csv, { dryRun: value });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['dryRun']);
    }
    expect(await countByEmails(list)).toBe(0);
  });

  it('lists every error with its line, field and message (422) and saves no row at all, not even the valid ones', async () => {
    const existing = await makeUser(ctx.db, ['participant']);
    const [valid1, badDup, valid2, gender] = emails(4);
    const lines = [
      HEADER.join(';'),
      `${valid1};Ana;Quispe;${cedula()};;LP;F;${palca.code};;`, // 2: valid
      `correo-malo;Luis;Mamani;${cedula()};;LP;M;${palca.code};;`, // 3: bad email
      `${badDup};Eva;Choque;${cedula()};;LP;F;ZZ999999;;`, // 4: unknown municipality code
      `${valid1.toUpperCase()};Rosa;Limachi;${cedula()};;LP;F;${palca.code};;`, // 5: email repeated in the file (line 2)
      `${existing.email.toUpperCase()};Juan;Poma;${cedula()};;LP;M;${achocalla.code};;`, // 6: email already in the database
      `${gender};Noa;Ticona;${cedula()};;LP;Quizás;${palca.code};;`, // 7: bad gender
      `${valid2};Teo;Vargas;${cedula()};;LP;M;${palca.code}`, // 8: 8 cells instead of 10
      `${valid2};Ada;Flores;${cedula()};;PT;F;${achocalla.code};Catastro;Técnica`, // 9: valid
    ];
    const before = Number((await ctx.db.query('SELECT count(*)::int AS n FROM users WHERE municipality_id = ANY($1)', [[palca.id, achocalla.id]]))[0].n);
    const response = await upload(`\uFEFF${lines.join('\r\n')}\r\n`);
    expect(response.status).toBe(422);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 422, code: 'USER_IMPORT_INVALID', detail: 'El archivo tiene 6 error(es); no se guardó nada' });
    expect(response.body.errors).toEqual([
      { line: 3, field: 'correo', message: 'Correo no válido «correo-malo»' },
      { line: 4, field: 'municipio', message: 'Código de municipio desconocido «ZZ999999»' },
      { line: 5, field: 'correo', message: 'Correo repetido (también en la línea 2)' },
      { line: 6, field: 'correo', message: `Ya existe una cuenta con el correo ${existing.email}` },
      { line: 7, field: 'genero', message: 'Valor no reconocido «Quizás» (use F, M, otro o no declara)' },
      { line: 8, field: 'fila', message: 'Tiene 8 columnas; se esperaban 10' },
    ]);
    expect(await countByEmails([valid1, badDup, valid2, gender])).toBe(0);
    const after = Number((await ctx.db.query('SELECT count(*)::int AS n FROM users WHERE municipality_id = ANY($1)', [[palca.id, achocalla.id]]))[0].n);
    expect(after).toBe(before);
  });

  it('reports a cédula repeated in the file or already registered', async () => {
    const [a, b, c] = emails(3);
    const [{ national_id_number: taken }] = await ctx.db.query('SELECT national_id_number FROM users WHERE id = $1', [admin.id]);
    const repeated = cedula();
    const csv = `${HEADER.join(';')}\n`
      + `${a};Ana;Quispe;${repeated};;LP;F;${palca.code};;\n`
      + `${b};Eva;Quispe;${repeated};;LP;F;${palca.code};;\n`
      + `${c};Leo;Quispe;${taken};;LP;M;${palca.code};;\n`;
    const response = await upload(csv);
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      { line: 3, field: 'ci', message: `CI repetido (también en la línea 2)` },
      { line: 4, field: 'ci', message: `Ya existe una cuenta con el CI ${taken}` },
    ]);
    expect(await countByEmails([a, b, c])).toBe(0);
  });

  it('names an unknown column and a missing required column (422)', async () => {
    const [a] = emails(1);
    const unknown = await upload(`${HEADER.join(';')};telefono\n${a};Ana;Quispe;${cedula()};;LP;F;${palca.code};;;70000000\n`);
    expect(unknown.status).toBe(422);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknown.body.errors).toEqual([{ line: 1, field: 'telefono', message: 'Columna desconocida «telefono»' }]);

    const withoutMunicipality = HEADER.filter((h) => h !== 'municipio');
    const missing = await upload(`${withoutMunicipality.join(';')}\n${a};Ana;Quispe;${cedula()};;LP;F;;\n`);
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([{ line: 1, field: 'municipio', message: 'Falta la columna obligatoria «municipio»' }]);
    expect(await countByEmails([a])).toBe(0);
  });

  it('refuses a request without a file with 400 naming `file`', async () => {
    const none = await ctx.http().post('/api/users/import').set('Authorization', `Bearer ${adminToken}`);
    expect(none.status).toBe(400);
    expect(none.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(none.body.errors).toEqual([{ field: 'file', message: expect.any(String) }]);

    const emptyForm = await ctx.http().post('/api/users/import').set('Authorization', `Bearer ${adminToken}`).field('nota', 'sin archivo');
    expect(emptyForm.status).toBe(400);
    expect(emptyForm.body.errors.map((e: { field: string }) => e.field)).toEqual(['file']);

    // A file under another field name, or over the size limit, is refused too and creates nothing.
    const [a] = emails(1);
    const csv = `${HEADER.join(';')}\n${a};Ana;Quispe;${cedula()};;LP;F;${palca.code};;\n`;
    const wrongField = await ctx.http().post('/api/users/import').set('Authorization', `Bearer ${adminToken}`).attach('archivo', Buffer.from(csv), 'funcionarios.csv');
    expect(wrongField.status).toBe(400);
    expect(wrongField.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(wrongField.body.errors).toEqual([{ field: 'file', message: 'Envíe un solo archivo en este campo' }]);
    const tooBig = await upload(Buffer.concat([Buffer.from(csv), Buffer.alloc(5 * 1024 * 1024, 'a')]));
    expect(tooBig.status).toBe(413);
    expect(tooBig.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(tooBig.body).toMatchObject({ detail: 'El archivo supera el tamaño máximo permitido', errors: [{ field: 'file' }] });
    expect(await countByEmails([a])).toBe(0);
  });

  it('refuses non-admins (403) and creates nothing', async () => {
    const [a] = emails(1);
    const csv = `${HEADER.join(';')}\n${a};Ana;Quispe;${cedula()};;LP;F;${palca.code};;\n`;
    for (const roles of [['coordinator'], ['municipal_liaison'], ['participant']] as const) {
      const user = await makeUser(ctx.db, [...roles], { municipalityId: palca.id });
      const { token } = await login(ctx, user);
      const response = await upload(csv, {}, token);
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect((await ctx.http().post('/api/users/import').attach('file', Buffer.from(csv), 'funcionarios.csv')).status).toBe(401);
    expect(await countByEmails([a])).toBe(0);
  });

  it('creates accounts that cannot log in with any password (401) until one is set', async () => {
    const [a] = emails(1);
    const csv = `${HEADER.join(';')}\n${a};Ana;Quispe;${cedula()};;LP;F;${palca.code};;\n`;
    expect((await upload(csv)).status).toBe(200);
    for (const password of ['', '!unset', 'Prueba-Segura-2026']) {
      const response = await ctx.http().post('/api/auth/login').send({ email: a, password });
      expect(response.status).toBe(password === '' ? 400 : 401);
    }
    // Once an admin sets a password, the account works.
    const [{ id }] = await ctx.db.query('SELECT id FROM users WHERE email = $1', [a]);
    const set = await ctx.http().patch(`/api/users/${id}`).set('Authorization', `Bearer ${adminToken}`).send({ password: 'Nueva-Clave-2026' });
    expect(set.status).toBe(200);
    expect((await ctx.http().post('/api/auth/login').send({ email: a, password: 'Nueva-Clave-2026' })).status).toBe(200);
  });
});
