import { Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space, Typography, type FormInstance } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { MoneyInput } from '../../../core/forms/MoneyInput';
import { useT } from '../../../core/i18n/I18nProvider';
import { MESSAGE_CHANNELS, STEP_CHANNELS, TIERS, type Agency, type Strategy, type StrategyDraft, type StrategyStep, agencyId } from '../api';

/** What the form edits: the draft with the minimum overdue as a plain amount in the strategy's currency. */
export interface StrategyFormValues {
  name: string | null;
  description: string | null;
  tier: Strategy['tier'];
  segment: string | null;
  priority: number | null;
  comment: string | null;
  steps: (Omit<StrategyStep, 'minOverdue'> & { minOverdue: string | null })[];
}

export const OFFSET_MIN = -90;
export const OFFSET_MAX = 3650;

export function toFormValues(s: Strategy): StrategyFormValues {
  return {
    name: s.name, description: s.description, tier: s.tier, segment: s.segment, priority: s.priority, comment: null,
    steps: s.steps.map((st) => ({ ...st, minOverdue: st.minOverdue?.amount ?? null })),
  };
}

/** The request body: steps in the order of their offsets (the step number is the dunning level), amounts in `currency`. */
export function toDraft(v: StrategyFormValues, currency: string): StrategyDraft {
  const steps = [...(v.steps ?? [])].map((st) => ({
    name: st.name?.trim() ?? '',
    offsetDays: Number(st.offsetDays),
    channel: st.channel,
    templateKey: MESSAGE_CHANNELS.includes(st.channel) ? st.templateKey || null : null,
    minOverdue: st.minOverdue ? { amount: st.minOverdue, currency } : null,
    skipDisputed: st.skipDisputed !== false,
    skipPromised: st.skipPromised !== false,
    minDaysSinceContact: st.minDaysSinceContact ?? null,
    agencyId: st.channel === 'ESCALATE_AGENCY' || st.channel === 'ESCALATE_LEGAL' ? st.agencyId || null : null,
  }));
  return {
    name: v.name || null, description: v.description || null, tier: v.tier ?? null, segment: v.segment || null,
    priority: v.priority ?? null, comment: v.comment || null, steps,
  };
}

export const emptyStep = (offsetDays: number): StrategyFormValues['steps'][number] => ({
  name: '', offsetDays, channel: 'EMAIL', templateKey: null, minOverdue: null, skipDisputed: true, skipPromised: true,
  minDaysSinceContact: null, agencyId: null,
});

/**
 * The strategy editor's fields: name, scope (tier, segment, priority) and the ordered steps with their offsets,
 * channels, templates and conditions. Field names are the request's JSON paths, so the server's field errors
 * (`steps[2].templateKey`) land on the right input.
 */
export function StrategyForm({ form, templates, agencies, currency, readOnly, onFinish }: {
  form: FormInstance<StrategyFormValues>;
  templates: { key: string; description: string | null; channels: string[] }[];
  agencies: Agency[];
  currency: string;
  readOnly: boolean;
  onFinish: (v: StrategyFormValues) => void;
}) {
  const t = useT();
  return (
    <Form<StrategyFormValues> form={form} layout="vertical" disabled={readOnly} onFinish={onFinish}>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="name" label={t('collections.strategy.name')} rules={[{ required: true, message: t('collections.strategy.nameRequired') }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="tier" label={t('collections.strategy.tier')}>
            <Select allowClear placeholder={t('collections.strategy.anyTier')} options={TIERS.map((x) => ({ value: x, label: x }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="priority" label={t('collections.strategy.priority')} tooltip={t('collections.strategy.priorityHelp')}>
            <InputNumber min={0} max={10000} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="description" label={t('collections.strategy.description')}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="segment" label={t('collections.strategy.segment')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Title level={2} style={{ fontSize: 16 }}>{t('collections.strategy.steps')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('collections.strategy.stepsHelp')}</Typography.Paragraph>
      <Form.List name="steps" rules={[{ validator: async (_, steps?: unknown[]) => {
        if (!steps || steps.length === 0) throw new Error(t('collections.strategy.noSteps'));
      } }]}>
        {(fields, { add, remove, move }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <StepCard key={field.key} index={index} count={fields.length} readOnly={readOnly} templates={templates} agencies={agencies}
                currency={currency} onRemove={() => remove(field.name)} onMove={(to) => move(index, to)} />
            ))}
            <Form.ErrorList errors={errors} />
            {!readOnly && (
              <Button icon={<PlusOutlined />} onClick={() => {
                const steps = form.getFieldValue('steps') as StrategyFormValues['steps'] | undefined;
                const last = steps && steps.length > 0 ? Number(steps[steps.length - 1]!.offsetDays) : 0;
                add(emptyStep(last + 7));
              }}>{t('collections.strategy.addStep')}</Button>
            )}
          </>
        )}
      </Form.List>
      <Form.Item name="comment" label={t('collections.strategy.comment')} style={{ marginTop: 16 }}>
        <Input maxLength={500} placeholder={t('collections.strategy.commentPlaceholder')} />
      </Form.Item>
    </Form>
  );
}

function StepCard({ index, count, readOnly, templates, agencies, currency, onRemove, onMove }: {
  index: number; count: number; readOnly: boolean; currency: string;
  templates: { key: string; description: string | null; channels: string[] }[]; agencies: Agency[];
  onRemove: () => void; onMove: (to: number) => void;
}) {
  const t = useT();
  const form = Form.useFormInstance<StrategyFormValues>();
  const channel = Form.useWatch(['steps', index, 'channel'], form) as StrategyStep['channel'] | undefined;
  const offset = Form.useWatch(['steps', index, 'offsetDays'], form) as number | undefined;
  const isMessage = channel !== undefined && MESSAGE_CHANNELS.includes(channel);
  const isEscalation = channel === 'ESCALATE_AGENCY' || channel === 'ESCALATE_LEGAL';
  const label = (k: string) => t(`collections.strategy.step.${k}`);
  const fitting = templates.filter((tp) => channel === undefined || tp.channels.length === 0 || tp.channels.includes(channel));
  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid={`step-${index}`}
      title={<span>{t('collections.strategy.stepTitle', { n: index + 1 })}{typeof offset === 'number' && (
        <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontWeight: 'normal' }}>
          {offset < 0 ? t('collections.strategy.beforeDue', { days: -offset }) : offset === 0 ? t('collections.strategy.onDue') : t('collections.strategy.afterDue', { days: offset })}
        </Typography.Text>)}</span>}
      extra={!readOnly && (
        <Space size={4}>
          <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={index === 0} aria-label={t('collections.strategy.moveUp', { n: index + 1 })} onClick={() => onMove(index - 1)} />
          <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={index === count - 1} aria-label={t('collections.strategy.moveDown', { n: index + 1 })} onClick={() => onMove(index + 1)} />
          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('collections.strategy.removeStep', { n: index + 1 })} onClick={onRemove} />
        </Space>
      )}>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item name={[index, 'name']} label={label('name')} rules={[{ required: true, whitespace: true, message: t('collections.strategy.step.nameRequired') }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name={[index, 'offsetDays']} label={label('offsetDays')} tooltip={t('collections.strategy.step.offsetHelp')}
            rules={[{ required: true, message: t('collections.strategy.step.offsetRequired') },
              { type: 'number', min: OFFSET_MIN, max: OFFSET_MAX, message: t('collections.strategy.step.offsetRange', { min: OFFSET_MIN, max: OFFSET_MAX }) }]}>
            <InputNumber precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={5}>
          <Form.Item name={[index, 'channel']} label={label('channel')} rules={[{ required: true }]}>
            <Select options={STEP_CHANNELS.map((c) => ({ value: c, label: t(`collections.channel.${c}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={7}>
          {isMessage && (
            <Form.Item name={[index, 'templateKey']} label={label('template')} rules={[{ required: true, message: t('collections.strategy.step.templateRequired') }]}>
              <Select showSearch options={fitting.map((tp) => ({ value: tp.key, label: tp.key, title: tp.description ?? tp.key }))} />
            </Form.Item>
          )}
          {isEscalation && (
            <Form.Item name={[index, 'agencyId']} label={label('agency')} tooltip={t('collections.strategy.step.agencyHelp')}>
              <Select allowClear placeholder={t('collections.strategy.step.collectorReviews')}
                options={agencies.filter((a) => a.kind === (channel === 'ESCALATE_LEGAL' ? 'LEGAL' : 'AGENCY')).map((a) => ({ value: agencyId(a), label: a.name }))} />
            </Form.Item>
          )}
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[index, 'minOverdue']} label={label('minOverdue')} tooltip={t('collections.strategy.step.minOverdueHelp')}>
            <MoneyInput currency={currency} style={{ width: '100%' }} min="0" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[index, 'minDaysSinceContact']} label={label('minDaysSinceContact')}>
            <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[index, 'skipDisputed']} valuePropName="checked" label=" " colon={false}>
            <Checkbox>{label('skipDisputed')}</Checkbox>
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[index, 'skipPromised']} valuePropName="checked" label=" " colon={false}>
            <Checkbox>{label('skipPromised')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
