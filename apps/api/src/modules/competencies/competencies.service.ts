import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository } from 'typeorm';
import type { EntityManager } from 'typeorm';
import {
  buildCasePackage, CASE_FIELD_NAMES, CSV_FIELD_NAMES, importPlanCounts, laPazDateOf, orderCreates, PARENT_KIND,
  planFrameworkImport, sortFrameworkTree,
} from '@campus/domain';
import type { CasePackage, CompetencyItemKind, FrameworkItem, ImportPlan } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { updateReturning } from '../../common/database/returning';
import { AuditService } from '../audit/audit.service';
import { CompetencyItem } from './entities/competency-item.entity';
import { toCompetencyItemDto } from './dto/competency.dto';
import type {
  CompetencyImportResultDto, CompetencyItemDto, CreateCompetencyItemDto, ImportFormat, UpdateCompetencyItemDto,
} from './dto/competency.dto';
import type { FieldError } from '../../common/errors/domain.exception';
import { CompetenciesException, CompetenciesExceptionCode as Code } from './competencies.exception';
import { frameworkCsv, parseFrameworkCase, parseFrameworkCsv, uuidV5 } from './competency-files';

const KIND_NAMES: Record<CompetencyItemKind, string> = { area: 'un área', sub_area: 'una sub-área', competency: 'una competencia' };

/** What the audit log keeps of an item. */
const auditView = (item: Pick<CompetencyItem, 'kind' | 'code' | 'parentId' | 'name' | 'description' | 'position' | 'retiredAt'>) => ({
  kind: item.kind, code: item.code, parentId: item.parentId, name: item.name, description: item.description,
  position: item.position, retiredAt: item.retiredAt,
});

/**
 * Serialises the framework's writes (edits, retirements, imports), so an import plans against a
 * framework nobody changes underneath it and no child is added to an item being retired.
 */
const lockFramework = (manager: EntityManager) => manager.query(`SELECT pg_advisory_xact_lock(hashtext('campus.competency-framework'))`);

/**
 * The competency framework: áreas de gestión → sub-áreas → competencias, edited by coordinators
 * and admins, read by everyone signed in. Items are never deleted: retired items stay for the
 * courses and records that point at them.
 */
@Injectable()
export class CompetenciesService {
  constructor(
    @InjectRepository(CompetencyItem) private readonly items: Repository<CompetencyItem>,
    private readonly audit: AuditService,
  ) {}

  /** The whole framework in tree order (one request is enough for the SPA: ~150 items). */
  async list(includeRetired: boolean): Promise<CompetencyItemDto[]> {
    const items = await this.items.find({ where: includeRetired ? {} : { retiredAt: IsNull() } });
    return sortFrameworkTree(items.map(toCompetencyItemDto));
  }

  async get(id: string): Promise<CompetencyItemDto> {
    return toCompetencyItemDto(await this.find(id));
  }

  /** Items by id (retired ones included), for the features that point at the framework. */
  async findByIds(ids: readonly string[]): Promise<Map<string, CompetencyItem>> {
    if (ids.length === 0) return new Map();
    const found = await this.items.findBy({ id: In([...new Set(ids)]) });
    return new Map(found.map((item) => [item.id, item]));
  }

  async create(dto: CreateCompetencyItemDto, actor: AuthUser): Promise<CompetencyItemDto> {
    const id = await this.items.manager.transaction(async (manager) => {
      await lockFramework(manager);
      const parentId = await this.checkParent(manager, dto.kind, dto.parentId ?? null);
      await this.checkCodeFree(manager, dto.code);
      const position = dto.position ?? (await this.nextPosition(manager, parentId));
      const values = { kind: dto.kind, code: dto.code, parentId, name: dto.name, description: dto.description ?? null, position, retiredAt: null };
      const { identifiers } = await manager.getRepository(CompetencyItem).insert(values);
      const created = identifiers[0]['id'] as string;
      await this.audit.record(
        { actorId: actor.id, action: 'competency.create', entityType: 'competency_item', entityId: created, after: auditView(values) },
        manager,
      );
      return created;
    });
    return this.get(id);
  }

  async update(id: string, dto: UpdateCompetencyItemDto, actor: AuthUser): Promise<CompetencyItemDto> {
    await this.items.manager.transaction(async (manager) => {
      await lockFramework(manager);
      const current = await this.find(id, manager);
      const changes: Partial<CompetencyItem> = {};
      if (dto.parentId !== undefined && (dto.parentId ?? null) !== current.parentId) {
        changes.parentId = await this.checkParent(manager, current.kind, dto.parentId ?? null);
      }
      if (dto.code !== undefined && dto.code !== current.code) {
        await this.checkCodeFree(manager, dto.code);
        changes.code = dto.code;
      }
      if (dto.name !== undefined && dto.name !== current.name) changes.name = dto.name;
      if (dto.description !== undefined && (dto.description ?? null) !== current.description) changes.description = dto.description ?? null;
      if (dto.position !== undefined && dto.position !== current.position) changes.position = dto.position;
      if (Object.keys(changes).length === 0) return;
      await manager.getRepository(CompetencyItem).update(id, changes);
      if (changes.parentId) await this.checkCoursesStillFiled(manager, (courses) => [{ field: 'parentId', message: courses }]);
      await this.audit.record(
        { actorId: actor.id, action: 'competency.update', entityType: 'competency_item', entityId: id, before: auditView(current), after: changes },
        manager,
      );
    });
    return this.get(id);
  }

  /** Retires the item and its active descendants, at one instant. Retiring a retired item changes nothing. */
  async retire(id: string, actor: AuthUser): Promise<CompetencyItemDto> {
    await this.items.manager.transaction(async (manager) => {
      await lockFramework(manager);
      const current = await this.find(id, manager);
      if (current.retiredAt) return;
      const retired = await updateReturning<{ id: string; code: string }>(
        manager,
        `WITH RECURSIVE tree AS (
           SELECT id FROM competency_items WHERE id = $1
           UNION ALL
           SELECT c.id FROM competency_items c JOIN tree t ON c.parent_id = t.id
         )
         UPDATE competency_items SET retired_at = now(), updated_at = now()
          WHERE id IN (SELECT id FROM tree) AND retired_at IS NULL
         RETURNING id, code`,
        [id],
      );
      await this.audit.record(
        {
          actorId: actor.id, action: 'competency.retire', entityType: 'competency_item', entityId: id,
          before: auditView(current), after: { retiredCodes: retired.map((r) => r.code).sort() },
        },
        manager,
      );
    });
    return this.get(id);
  }

  /**
   * Restores the item and the descendants retired together with it (same instant), undoing one
   * retirement. Refused while its parent is retired.
   */
  async restore(id: string, actor: AuthUser): Promise<CompetencyItemDto> {
    await this.items.manager.transaction(async (manager) => {
      await lockFramework(manager);
      const current = await this.find(id, manager);
      if (!current.retiredAt) return;
      if (current.parentId) {
        const parent = await this.find(current.parentId, manager);
        if (parent.retiredAt) {
          throw new CompetenciesException(Code.ParentRetired, `No se puede restaurar ${current.code}: ${parent.code} está retirado`, [
            { field: 'parentId', message: `${parent.code} («${parent.name}») está retirado: restáurelo primero` },
          ]);
        }
      }
      const restored = await updateReturning<{ id: string; code: string }>(
        manager,
        `WITH RECURSIVE tree AS (
           SELECT id, retired_at FROM competency_items WHERE id = $1
           UNION ALL
           SELECT c.id, c.retired_at FROM competency_items c JOIN tree t ON c.parent_id = t.id WHERE c.retired_at = t.retired_at
         )
         UPDATE competency_items SET retired_at = NULL, updated_at = now()
          WHERE id IN (SELECT id FROM tree)
         RETURNING id, code`,
        [id],
      );
      await this.audit.record(
        {
          actorId: actor.id, action: 'competency.restore', entityType: 'competency_item', entityId: id,
          before: auditView(current), after: { restoredCodes: restored.map((r) => r.code).sort() },
        },
        manager,
      );
    });
    return this.get(id);
  }

  /** The whole framework (retired items included) as CSV; the download is audited. */
  async exportCsv(actor: AuthUser): Promise<string> {
    const items = await this.loadAll(this.items.manager);
    await this.recordExport(actor, 'csv', items.length);
    return frameworkCsv(items);
  }

  /** The whole framework (retired items included) as a 1EdTech CASE 1.0 package; the download is audited. */
  async exportCase(baseUrl: string, actor: AuthUser): Promise<CasePackage> {
    const items = await this.loadAll(this.items.manager);
    await this.recordExport(actor, 'case', items.length);
    return this.casePackage(items, baseUrl);
  }

  private casePackage(items: FrameworkItem[], baseUrl: string): CasePackage {
    return buildCasePackage(items, { baseUrl: baseUrl.replace(/\/+$/, ''), uuidFor: (name) => uuidV5(name) });
  }

  private recordExport(actor: AuthUser, format: 'csv' | 'case', items: number): Promise<void> {
    return this.audit.record({ actorId: actor.id, action: 'competency.export', entityType: 'competency_item', after: { format, items } });
  }

  /**
   * Imports a whole framework file, all or nothing: every problem is reported (422) with its line
   * and field, and nothing is saved unless the whole file is right. Items are matched by code
   * (CSV) or by identifier, then code (CASE); items absent from the file are left as they are.
   */
  async importFramework(buffer: Buffer, format: ImportFormat, dryRun: boolean, actor: AuthUser): Promise<CompetencyImportResultDto> {
    const parsed = format === 'csv' ? parseFrameworkCsv(buffer) : parseFrameworkCase(buffer);
    return this.items.manager.transaction(async (manager) => {
      await lockFramework(manager);
      const existing = await this.loadAll(manager);
      const names = format === 'csv' ? CSV_FIELD_NAMES : CASE_FIELD_NAMES;
      const plan = planFrameworkImport(existing, parsed.records, names, laPazDateOf(new Date()), parsed.failed);
      const errors = [...parsed.errors, ...plan.errors].sort((a, b) => a.line - b.line);
      if (errors.length > 0) {
        throw new CompetenciesException(Code.ImportInvalid, `El archivo tiene ${errors.length} error(es); no se guardó nada`, errors);
      }
      const counts = importPlanCounts(plan);
      if (dryRun) return { dryRun, ...counts };
      await this.applyPlan(manager, plan);
      await this.checkCoursesStillFiled(manager, (courses) => [{ field: names.parent, message: courses }]);
      const codes = (outcome: string) => plan.updates.filter((u) => u.outcome === outcome).map((u) => u.code);
      await this.audit.record(
        {
          actorId: actor.id, action: 'competency.import', entityType: 'competency_item',
          after: {
            format, ...counts, createdCodes: plan.creates.map((c) => c.code), updatedCodes: codes('updated'),
            retiredCodes: codes('retired'), restoredCodes: codes('restored'),
          },
        },
        manager,
      );
      return { dryRun, ...counts };
    });
  }

  async find(id: string, manager: EntityManager = this.items.manager): Promise<CompetencyItem> {
    const item = await manager.getRepository(CompetencyItem).findOneBy({ id });
    if (!item) throw new CompetenciesException(Code.NotFound, 'Elemento del marco de competencias no encontrado');
    return item;
  }

  /** Creates parents before children, then updates; a code passed from one item to another goes through a placeholder. */
  private async applyPlan(manager: EntityManager, plan: ImportPlan): Promise<void> {
    const idOfLine = new Map<number, string>();
    const parentId = (parent: ImportPlan['creates'][number]['parent']) =>
      parent === null ? null : 'id' in parent ? parent.id : idOfLine.get(parent.line)!;
    const renamed = plan.updates.filter((u) => u.code !== u.before.code);
    for (const [index, update] of renamed.entries()) {
      await manager.query(`UPDATE competency_items SET code = $2 WHERE id = $1`, [update.id, `~import~${index}`]);
    }
    for (const create of orderCreates(plan.creates)) {
      const [{ id }] = await manager.query(
        `INSERT INTO competency_items (id, kind, code, parent_id, name, description, position, retired_at, updated_at)
         VALUES (COALESCE($1::uuid, gen_random_uuid()), $2, $3, $4, $5, $6, $7, $8, COALESCE($9::timestamptz, now()))
         RETURNING id`,
        [create.id, create.kind, create.code, parentId(create.parent), create.name, create.description, create.position, create.retiredAt, create.lastChange],
      );
      idOfLine.set(create.line, id);
    }
    for (const update of plan.updates) {
      await manager.query(
        `UPDATE competency_items SET code = $2, parent_id = $3, name = $4, description = $5, position = $6, retired_at = $7,
                updated_at = COALESCE($8::timestamptz, now())
          WHERE id = $1`,
        [update.id, update.code, parentId(update.parent), update.name, update.description, update.position, update.retiredAt, update.lastChange],
      );
    }
  }

  /**
   * What a URI of the CASE package points to, by its identifier: the CFDocument, a CFItem, a
   * CFAssociation, a CFItemType or the CFRubric, exactly as in the package. Null when none.
   */
  async resolveCase(identifier: string, baseUrl: string): Promise<object | null> {
    const pkg = this.casePackage(await this.loadAll(this.items.manager), baseUrl);
    if (pkg.CFDocument.identifier === identifier) return pkg.CFDocument;
    const candidates: { identifier: string }[] = [
      ...pkg.CFItems,
      ...pkg.CFAssociations,
      ...pkg.CFDefinitions.CFItemTypes,
      ...pkg.CFRubrics,
    ];
    return candidates.find((candidate) => candidate.identifier === identifier) ?? null;
  }

  /**
   * A course is filed under an area and one of its sub-areas: moving a sub-area to another area
   * would leave courses filed inconsistently, so it is refused (the transaction rolls back).
   */
  private async checkCoursesStillFiled(manager: EntityManager, errors: (message: string) => FieldError[]): Promise<void> {
    const rows: { code: string }[] = await manager.query(
      `SELECT c.code FROM courses c JOIN competency_items s ON s.id = c.sub_area_id WHERE s.parent_id <> c.area_id ORDER BY c.code LIMIT 10`,
    );
    if (rows.length === 0) return;
    const message = `Hay cursos clasificados en esa sub-área (${rows.map((r) => r.code).join(', ')}): cámbielos de sub-área antes de moverla a otra área`;
    throw new CompetenciesException(Code.SubAreaInUse, message, errors(message));
  }

  /** Every item (retired too), as the pure framework functions take them. */
  private async loadAll(manager: EntityManager): Promise<FrameworkItem[]> {
    const items = await manager.getRepository(CompetencyItem).find();
    return items.map((item) => ({
      id: item.id,
      kind: item.kind,
      code: item.code,
      parentId: item.parentId,
      name: item.name,
      description: item.description,
      position: item.position,
      retiredAt: item.retiredAt ? item.retiredAt.toISOString() : null,
      updatedAt: item.updatedAt.toISOString(),
    }));
  }

  /** The parent an item of `kind` may have: none for areas; an active item of the tier above otherwise. */
  private async checkParent(manager: EntityManager, kind: CompetencyItemKind, parentId: string | null): Promise<string | null> {
    const expected = PARENT_KIND[kind];
    const refuse = (code: Code, message: string): never => {
      throw new CompetenciesException(code, message, [{ field: 'parentId', message }]);
    };
    if (expected === null) {
      if (parentId) refuse(Code.InvalidParent, 'Un área no tiene elemento padre');
      return null;
    }
    if (!parentId) return refuse(Code.InvalidParent, `Es obligatorio: elija ${KIND_NAMES[expected]}`);
    const parent = await manager.getRepository(CompetencyItem).findOneBy({ id: parentId });
    if (!parent) return refuse(Code.InvalidParent, 'El elemento padre no existe');
    if (parent.kind !== expected) {
      refuse(Code.InvalidParent, `El padre de ${KIND_NAMES[kind]} debe ser ${KIND_NAMES[expected]}; ${parent.code} es ${KIND_NAMES[parent.kind]}`);
    }
    if (parent.retiredAt) refuse(Code.ParentRetired, `${parent.code} está retirado: elija un elemento activo`);
    return parent.id;
  }

  private async checkCodeFree(manager: EntityManager, code: string) {
    const holder = await manager.getRepository(CompetencyItem).findOneBy({ code });
    if (holder) {
      throw new CompetenciesException(Code.CodeTaken, 'Ya existe un elemento del marco con ese código', [
        { field: 'code', message: `El código ${code} ya es de «${holder.name}»${holder.retiredAt ? ' (retirado)' : ''}` },
      ]);
    }
  }

  private async nextPosition(manager: EntityManager, parentId: string | null): Promise<number> {
    const [{ last }] = await manager.query(
      `SELECT COALESCE(max(position), 0) AS last FROM competency_items WHERE parent_id IS NOT DISTINCT FROM $1`,
      [parentId],
    );
    return Number(last) + 1;
  }
}
