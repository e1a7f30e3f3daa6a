import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { laPazDateOf, PARENT_KIND } from '@campus/domain';
import type { CompetencyItemKind } from '@campus/domain';
import { Alert, FormErrorAlert } from '../../../shared/Alert';
import { errorMessage } from '../../../shared/errors';
import { CheckboxField, TextField } from '../../../shared/Field';
import { formatDate, formatNumber } from '../../../shared/format';
import type { CompetencyItemDto } from '../api/types';
import { useCreateCompetency } from '../hooks/useCreateCompetency';
import { useRestoreCompetency } from '../hooks/useRestoreCompetency';
import { useRetireCompetency } from '../hooks/useRetireCompetency';
import { useUpdateCompetency } from '../hooks/useUpdateCompetency';
import { CompetencyItemForm } from './CompetencyItemForm';
import { descendantsOf, indexFramework, visibleItems } from './frameworkTree';
import type { FrameworkIndex } from './frameworkTree';
import './competencies.css';

type Editor =
  | { mode: 'create'; kind: CompetencyItemKind; parent: CompetencyItemDto | null }
  | { mode: 'edit'; item: CompetencyItemDto }
  | null;

/** The kind of the children an item may have. */
const CHILD_KIND: Partial<Record<CompetencyItemKind, CompetencyItemKind>> = { area: 'sub_area', sub_area: 'competency' };

/** A free code for a new item: `A13` for an area, `A08.4` for the fourth sub-area of A08. */
const suggestCode = (index: FrameworkIndex, parent: CompetencyItemDto | null): string => {
  const taken = new Set([...index.byId.values()].map((item) => item.code));
  let n = (index.children.get(parent?.id ?? null) ?? []).length + 1;
  const make = () => (parent ? `${parent.code}.${n}` : `A${String(n).padStart(2, '0')}`);
  while (taken.has(make())) n += 1;
  return make();
};

/** The area an item belongs to (itself for an area). */
const areaOf = (index: FrameworkIndex, item: CompetencyItemDto): CompetencyItemDto => {
  let current = item;
  while (current.parentId && index.byId.has(current.parentId)) current = index.byId.get(current.parentId)!;
  return current;
};

interface Props {
  /** The whole framework, retired items included, in tree order. */
  items: CompetencyItemDto[];
  canEdit: boolean;
}

/**
 * The framework as nested lists: areas (each opens and closes with its button), their sub-areas
 * and competencies. A search box filters as one types; retired items show on request. Coordinators
 * and admins add, edit, retire and restore items in place.
 */
export const CompetencyTree = ({ items, canEdit }: Props) => {
  const { t } = useTranslation();
  const index = useMemo(() => indexFramework(items), [items]);
  const [search, setSearch] = useState('');
  const [showRetired, setShowRetired] = useState(false);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [editor, setEditor] = useState<Editor>(null);
  const [confirming, setConfirming] = useState<CompetencyItemDto | null>(null);
  const [message, setMessage] = useState<{ text: string; serial: number } | null>(null);
  const create = useCreateCompetency();
  const update = useUpdateCompetency();
  const retire = useRetireCompetency();
  const restore = useRestoreCompetency();
  const messageRef = useRef<HTMLDivElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  const { visible, matches } = useMemo(() => visibleItems(index, search, showRetired), [index, search, showRetired]);
  const areas = (index.children.get(null) ?? []).filter((area) => visible.has(area.id));
  const active = items.filter((item) => item.retiredAt === null);
  const count = (kind: CompetencyItemKind) => formatNumber(active.filter((item) => item.kind === kind).length);

  // After a change, the confirmation takes the focus (the row may be gone, e.g. a retired item).
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);
  useEffect(() => confirmButton.current?.focus(), [confirming?.id]);

  const announce = (text: string) => setMessage((previous) => ({ text, serial: (previous?.serial ?? 0) + 1 }));
  const expand = (item: CompetencyItemDto) => setExpanded((current) => new Set([...current, areaOf(index, item).id]));
  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const onSearch = (value: string) => {
    setSearch(value);
    // Areas holding a match open, so the matches are in view.
    if (value.trim()) {
      const found = visibleItems(index, value, showRetired).visible;
      setExpanded(new Set((index.children.get(null) ?? []).filter((area) => descendantsOf(index, area.id).some((d) => found.has(d.id))).map((a) => a.id)));
    }
  };
  const startEditor = (next: Editor) => {
    setConfirming(null);
    setMessage(null);
    retire.reset();
    restore.reset();
    setEditor(next);
  };

  const doRetire = (item: CompetencyItemDto) =>
    retire.mutate(item.id, {
      onSuccess: () => {
        setConfirming(null);
        announce(t('competencies.retiredDone', { code: item.code, name: item.name }));
      },
    });
  const doRestore = (item: CompetencyItemDto) => {
    setMessage(null);
    retire.reset();
    restore.mutate(item.id, { onSuccess: () => announce(t('competencies.restoredDone', { code: item.code, name: item.name })) });
  };

  const form = (target: Editor) => {
    if (!target) return null;
    if (target.mode === 'edit') {
      const { item } = target;
      const parentKind = PARENT_KIND[item.kind];
      const parents = parentKind
        ? items.filter((candidate) => candidate.kind === parentKind && (candidate.retiredAt === null || candidate.id === item.parentId))
        : undefined;
      return (
        <CompetencyItemForm
          key={item.id}
          kind={item.kind}
          item={item}
          parents={parents}
          title={t('competencies.form.editTitle', { code: item.code })}
          submitLabel={t('competencies.form.save')}
          onCancel={() => setEditor(null)}
          onSubmit={async (values) => {
            const saved = await update.mutateAsync({ id: item.id, changes: values });
            setEditor(null);
            expand(saved);
            announce(t('competencies.saved', { code: saved.code }));
          }}
        />
      );
    }
    const { kind, parent } = target;
    const title = parent
      ? t(kind === 'sub_area' ? 'competencies.form.newSubArea' : 'competencies.form.newCompetency', { code: parent.code, name: parent.name })
      : t('competencies.form.newArea');
    return (
      <CompetencyItemForm
        key={`new-${parent?.id ?? 'area'}`}
        kind={kind}
        title={title}
        suggestedCode={suggestCode(index, parent)}
        submitLabel={t('competencies.form.create')}
        onCancel={() => setEditor(null)}
        onSubmit={async (values) => {
          const created = await create.mutateAsync({ ...values, kind, parentId: parent?.id ?? null });
          setEditor(null);
          expand(created);
          announce(t('competencies.created', { code: created.code, name: created.name }));
        }}
      />
    );
  };

  const actions = (item: CompetencyItemDto) => {
    const retired = item.retiredAt !== null;
    const childKind = CHILD_KIND[item.kind];
    return (
      <div className="row-actions cf-actions">
        {childKind && !retired ? (
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={t(childKind === 'sub_area' ? 'competencies.actions.addSubAreaTo' : 'competencies.actions.addCompetencyTo', { code: item.code })}
            onClick={() => {
              expand(item);
              startEditor({ mode: 'create', kind: childKind, parent: item });
            }}
          >
            {t(childKind === 'sub_area' ? 'competencies.actions.addSubArea' : 'competencies.actions.addCompetency')}
          </button>
        ) : null}
        <button
          type="button"
          className="button button--secondary button--small"
          aria-label={t('competencies.actions.editNamed', { code: item.code })}
          onClick={() => startEditor({ mode: 'edit', item })}
        >
          {t('competencies.actions.edit')}
        </button>
        {retired ? (
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={t('competencies.actions.restoreNamed', { code: item.code })}
            disabled={restore.isPending}
            onClick={() => doRestore(item)}
          >
            {t('competencies.actions.restore')}
          </button>
        ) : (
          <button
            type="button"
            className="button button--danger button--small"
            aria-label={t('competencies.actions.retireNamed', { code: item.code })}
            onClick={() => {
              setEditor(null);
              setMessage(null);
              retire.reset();
              setConfirming(item);
            }}
          >
            {t('competencies.actions.retire')}
          </button>
        )}
      </div>
    );
  };

  const confirmBlock = (item: CompetencyItemDto) => {
    const dependants = descendantsOf(index, item.id).filter((d) => d.retiredAt === null).length;
    return (
      <div className="confirm" role="group" aria-labelledby={`cf-confirm-${item.id}`}>
        <p id={`cf-confirm-${item.id}`}>
          <strong>{t('competencies.confirmRetire', { code: item.code, name: item.name })}</strong>
        </p>
        {dependants > 0 ? <p>{t('competencies.confirmRetireDescendants', { count: dependants })}</p> : null}
        <p>{t('competencies.confirmRetireNote')}</p>
        <FormErrorAlert message={retire.isError ? errorMessage(retire.error, t) : null} />
        <div className="form-actions">
          <button type="button" className="button button--danger" disabled={retire.isPending} onClick={() => doRetire(item)} ref={confirmButton}>
            {t('competencies.confirm')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    );
  };

  const node = (item: CompetencyItemDto) => {
    const children = (index.children.get(item.id) ?? []).filter((child) => visible.has(child.id));
    const isArea = item.kind === 'area';
    const open = !isArea || expanded.has(item.id);
    const retired = item.retiredAt !== null;
    const listId = `cf-children-${item.id}`;
    const label = (
      <>
        <code>{item.code}</code> <span className={matches.has(item.id) ? 'cf-name cf-name--match' : 'cf-name'}>{item.name}</span>
      </>
    );
    const all = isArea ? descendantsOf(index, item.id).filter((d) => showRetired || d.retiredAt === null) : [];
    return (
      <li key={item.id} className={`cf-node cf-node--${item.kind}${retired ? ' cf-node--retired' : ''}`}>
        <div className="cf-row">
          {isArea ? (
            <button type="button" className="cf-toggle" aria-expanded={open} aria-controls={listId} onClick={() => toggle(item.id)}>
              <span className="cf-chevron" aria-hidden="true">
                {open ? '▾' : '▸'}
              </span>
              <span>{label}</span>
            </button>
          ) : (
            <span className="cf-label">{label}</span>
          )}
          <span className="cf-meta">
            <span className="badge">{t(`competencies.kinds.${item.kind}`)}</span>
            {retired ? <span className="badge badge--off">{t('competencies.tree.retired', { date: formatDate(laPazDateOf(item.retiredAt!)) })}</span> : null}
            {isArea ? (
              <span className="muted cf-counts">
                {t('competencies.tree.counts', {
                  subAreas: formatNumber(all.filter((d) => d.kind === 'sub_area').length),
                  competencies: formatNumber(all.filter((d) => d.kind === 'competency').length),
                })}
              </span>
            ) : null}
          </span>
          {canEdit ? actions(item) : null}
        </div>
        {item.description ? <p className="cf-description muted">{item.description}</p> : null}
        {canEdit && confirming?.id === item.id ? confirmBlock(item) : null}
        {canEdit && editor?.mode === 'edit' && editor.item.id === item.id ? form(editor) : null}
        {canEdit && editor?.mode === 'create' && editor.parent?.id === item.id ? form(editor) : null}
        {children.length > 0 ? (
          <ul id={listId} className="cf-children" hidden={!open}>
            {children.map(node)}
          </ul>
        ) : null}
      </li>
    );
  };

  const term = search.trim();
  return (
    <section aria-labelledby="cf-tree-title" className="cf-tree-section">
      <div className="page-head">
        <h2 id="cf-tree-title">{t('competencies.tree.title')}</h2>
        {canEdit ? (
          <button type="button" className="button" onClick={() => startEditor({ mode: 'create', kind: 'area', parent: null })}>
            {t('competencies.actions.addArea')}
          </button>
        ) : null}
      </div>
      <form role="search" aria-label={t('competencies.tree.filters')} className="filters" onSubmit={(event) => event.preventDefault()}>
        <TextField
          label={t('competencies.tree.search')}
          name="search"
          type="search"
          hint={t('competencies.tree.searchHint')}
          value={search}
          onChange={(event) => onSearch(event.currentTarget.value)}
          className="filters-search"
        />
        <CheckboxField
          label={t('competencies.tree.showRetired')}
          name="showRetired"
          checked={showRetired}
          onChange={(event) => setShowRetired(event.currentTarget.checked)}
        />
        <div className="filters-actions row-actions">
          <button type="button" className="button button--secondary" onClick={() => setExpanded(new Set(areas.map((a) => a.id)))}>
            {t('competencies.tree.expandAll')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setExpanded(new Set())}>
            {t('competencies.tree.collapseAll')}
          </button>
        </div>
      </form>
      <p className="muted" aria-live="polite">
        {term
          ? matches.size > 0
            ? t('competencies.tree.matches', { count: matches.size, search: term })
            : t('competencies.tree.noMatches', { search: term })
          : t('competencies.tree.summary', { areas: count('area'), subAreas: count('sub_area'), competencies: count('competency') })}
      </p>
      <div aria-live="polite" tabIndex={-1} ref={messageRef} className="cf-message">
        {message ? <Alert kind="success">{message.text}</Alert> : null}
      </div>
      <FormErrorAlert message={restore.isError ? errorMessage(restore.error, t) : null} />
      {canEdit && editor?.mode === 'create' && editor.parent === null ? form(editor) : null}
      {items.length === 0 ? <p>{t('competencies.tree.empty')}</p> : null}
      <ul className="cf-tree" aria-label={t('competencies.tree.label')}>
        {areas.map(node)}
      </ul>
    </section>
  );
};
