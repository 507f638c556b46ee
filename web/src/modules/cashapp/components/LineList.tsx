import { useEffect, useRef } from 'react';
import { Empty, Space, Spin, Typography } from 'antd';
import type { Page } from '../../../core/api/types';
import { useFormat } from '../../../core/format/useFormat';
import { useT } from '../../../core/i18n/I18nProvider';
import type { Line } from '../api';
import { StatusTag } from './StatusTags';

/** The lines of the queue as a listbox: the selected one is highlighted and scrolled into view. */
export function LineList({ page, selectedId, onSelect, emptyText }: {
  page: Page<Line> | null; selectedId: string | undefined; onSelect: (index: number) => void; emptyText: string;
}) {
  const t = useT();
  const fmt = useFormat();
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    list.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' }); // absent in jsdom
  }, [selectedId]);
  if (!page) return <Spin><div style={{ height: 120 }} /></Spin>;
  if (page.items.length === 0) return <div style={{ background: '#fff', padding: 24, borderRadius: 8 }}><Empty description={emptyText} /></div>;
  return (
    <div style={{ background: '#fff', borderRadius: 8 }}>
      <div style={{ padding: '8px 12px', color: 'rgba(0,0,0,.45)' }} role="status">{t('core.table.count', { count: page.total })}</div>
      <ul ref={list} role="listbox" aria-label={t('cashapp.reconcile.listLabel')} className="cash-lines" data-testid="line-list"
        aria-activedescendant={selectedId ? `line-${selectedId}` : undefined}>
        {page.items.map((l, i) => (
          <li key={l.id} id={`line-${l.id}`} role="option" aria-selected={l.id === selectedId} data-line-id={l.id}
            onClick={() => onSelect(i)} className={l.id === selectedId ? 'cash-line selected' : 'cash-line'}>
            <Space style={{ justifyContent: 'space-between', width: '100%' }}>
              <Typography.Text strong>{fmt.money(l.amount)}</Typography.Text>
              <StatusTag status={l.status} auto={l.resolution === 'AUTO'} />
            </Space>
            <div className="cash-line-payer">{l.payerName || l.payerAccount || '—'}</div>
            <Space size={8} style={{ color: 'rgba(0,0,0,.45)', fontSize: 12 }}>
              <span>{fmt.date(l.valueDate)}</span>
              {l.customerName && <span>→ {l.customerName}</span>}
              {l.confidence !== null && l.status === 'SUGGESTED' && <span>{fmt.percent(l.confidence, 0)}</span>}
            </Space>
          </li>
        ))}
      </ul>
    </div>
  );
}
