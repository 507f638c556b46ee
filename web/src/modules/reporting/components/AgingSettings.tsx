import { useMemo } from 'react';
import { DatePicker, Form, Input, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { todayIso } from '../../../core/format/dates';
import { useT } from '../../../core/i18n/I18nProvider';
import { FilterBar } from '../../../core/table/FilterBar';
import type { Company } from '../api';
import { GROUP_BYS } from '../agingParams';
import { CompanySelect } from './CompanySelect';

interface Values {
  asOf?: Dayjs | null;
  basis?: string;
  by?: string;
  buckets?: string;
  companyId?: string;
  currency?: string;
  convert?: boolean;
}

/** The report settings above the aging table; they live in the URL, so a report can be bookmarked and shared. */
export function AgingSettings({ filters, companies, onChange }: {
  filters: Record<string, string>;
  companies: Company[];
  onChange: (filters: Record<string, string>) => void;
}) {
  const t = useT();
  const today = todayIso();
  const values = useMemo<Values>(() => ({
    asOf: filters.asOf ? dayjs(filters.asOf) : null,
    basis: filters.basis || 'due',
    by: filters.by || 'customer',
    buckets: filters.buckets || '',
    companyId: filters.companyId,
    currency: filters.currency || undefined,
    convert: filters.convert === 'true',
  }), [filters]);

  const onSearch = (v: Values) => onChange({
    asOf: v.asOf ? v.asOf.format('YYYY-MM-DD') : '',
    basis: v.basis === 'due' ? '' : (v.basis ?? ''),
    by: v.by === 'customer' ? '' : (v.by ?? ''),
    buckets: v.buckets?.replace(/\s+/g, '') ?? '',
    companyId: v.companyId ?? '',
    currency: v.currency?.trim().toUpperCase() ?? '',
    convert: v.convert ? 'true' : '',
  });

  return (
    <FilterBar<Values> ariaLabel={t('reporting.aging.settings')} values={values} onSearch={onSearch} onReset={() => onChange({})}>
      {[
        <Form.Item key="asOf" name="asOf" label={t('reporting.aging.asOf')}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') > today} allowClear />
        </Form.Item>,
        <Form.Item key="basis" name="basis" label={t('reporting.aging.basis')}>
          <Select options={[
            { value: 'due', label: t('reporting.aging.basisDue') },
            { value: 'document', label: t('reporting.aging.basisDocument') },
          ]} />
        </Form.Item>,
        <Form.Item key="by" name="by" label={t('reporting.aging.groupBy')}>
          <Select options={GROUP_BYS.map((g) => ({ value: g, label: t(`reporting.aging.by.${g}`) }))} />
        </Form.Item>,
        <Form.Item key="buckets" name="buckets" label={t('reporting.aging.buckets')} tooltip={t('reporting.aging.bucketsHint')}>
          <Input placeholder="30,60,90,180" inputMode="numeric" />
        </Form.Item>,
        <Form.Item key="companyId" name="companyId" label={t('reporting.company')}>
          <CompanySelect companies={companies} allowClear />
        </Form.Item>,
        <Form.Item key="currency" name="currency" label={t('reporting.aging.currency')}>
          <Input placeholder={t('reporting.aging.allCurrencies')} maxLength={3} style={{ textTransform: 'uppercase' }} />
        </Form.Item>,
        <Form.Item key="convert" name="convert" label={t('reporting.aging.convert')} valuePropName="checked">
          <Switch />
        </Form.Item>,
      ]}
    </FilterBar>
  );
}
