import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { useI18n } from '../../../core/i18n/I18nProvider';
import { reportingApi, type Company } from '../api';
import { localName } from '../labels';

/** The companies reports can be about (pages pick the only one by default). */
export function useCompanies(): { companies: Company[] | null; error: unknown } {
  const [state, setState] = useState<{ companies: Company[] | null; error: unknown }>({ companies: null, error: null });
  useEffect(() => {
    const controller = new AbortController();
    reportingApi
      .companies(controller.signal)
      .then((companies) => setState({ companies, error: null }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ companies: [], error });
      });
    return () => controller.abort();
  }, []);
  return state;
}

export function CompanySelect({ companies, value, onChange, allowClear, id }: {
  companies: Company[];
  value?: string;
  onChange?: (id: string | undefined) => void;
  allowClear?: boolean;
  id?: string;
}) {
  const { t, lang } = useI18n();
  return (
    <Select
      id={id}
      style={{ minWidth: 220 }}
      value={value}
      allowClear={allowClear}
      placeholder={t('reporting.chooseCompany')}
      aria-label={t('reporting.company')}
      onChange={(v?: string) => onChange?.(v)}
      options={companies.map((c) => ({ value: c.id, label: `${c.code} · ${localName(lang, c.name, c.nameEn)}` }))}
    />
  );
}
