import { useState } from 'react';
import { Button, Col, Row, Table, Tag, Typography } from 'antd';
import { useT } from '../../../core/i18n/I18nProvider';
import type { AuditEntry } from '../api';
import { diffAudit, prettyJson, type FieldChange } from '../diff';

const show = (v: unknown) => (v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));
const KIND_COLOR = { added: 'green', removed: 'red', changed: 'blue' } as const;

/** What one audit entry changed: field by field, with the full before/after records on request. */
export function AuditChanges({ entry }: { entry: AuditEntry }) {
  const t = useT();
  const [full, setFull] = useState(false);
  const changes = diffAudit(entry.before, entry.after);

  return (
    <div style={{ padding: '4px 0' }}>
      <Table<FieldChange>
        size="small"
        pagination={false}
        rowKey="path"
        dataSource={changes}
        aria-label={t('audit.changes.title', { seq: entry.seq })}
        locale={{ emptyText: t('audit.changes.none') }}
        columns={[
          { title: t('audit.changes.field'), dataIndex: 'path', render: (p: string, c) => <><code>{p || '—'}</code> <Tag color={KIND_COLOR[c.kind]}>{t(`audit.changes.${c.kind}`)}</Tag></> },
          { title: t('audit.changes.before'), dataIndex: 'before', render: (v: unknown) => <Typography.Text delete={v !== undefined} type="secondary" className="mono">{show(v)}</Typography.Text> },
          { title: t('audit.changes.after'), dataIndex: 'after', render: (v: unknown) => <Typography.Text className="mono">{show(v)}</Typography.Text> },
        ]}
      />
      <Button type="link" size="small" onClick={() => setFull(!full)} aria-expanded={full} style={{ paddingInline: 0, marginTop: 8 }}>
        {t(full ? 'audit.changes.hideFull' : 'audit.changes.showFull')}
      </Button>
      {full && (
        <Row gutter={16}>
          {(['before', 'after'] as const).map((side) => (
            <Col xs={24} md={12} key={side}>
              <Typography.Text strong>{t(`audit.changes.${side}`)}</Typography.Text>
              <pre className="mono" style={{ background: '#fafafa', padding: 12, borderRadius: 6, maxHeight: 320, overflow: 'auto', margin: '4px 0 0' }}>
                {prettyJson(entry[side]) || '—'}
              </pre>
            </Col>
          ))}
        </Row>
      )}
    </div>
  );
}
