import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { useI18n } from '../../../core/i18n/I18nProvider';
import { cashApi, type CustomerOption } from '../api';

function label(c: CustomerOption, lang: string): string {
  const name = lang === 'zh-CN' ? (c.nameZh || c.nameEn) : (c.nameEn || c.nameZh);
  return `${name ?? ''} (${c.code})`;
}

/** Searches the company's customers by name or code as the user types. */
export function CustomerPicker({ companyId, value, onChange, initial, placeholder, id, allowClear }: {
  companyId: string; value?: string; onChange?: (v: string | undefined) => void; initial?: { id: string; name: string | null } | null;
  placeholder?: string; id?: string; allowClear?: boolean;
}) {
  const { lang } = useI18n();
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<{ value: string; label: string }[]>(
    initial ? [{ value: initial.id, label: initial.name ?? initial.id }] : [],
  );
  useEffect(() => {
    const c = new AbortController();
    const timer = setTimeout(() => {
      cashApi.customers(companyId, q, c.signal)
        .then((p) => {
          const found = p.items.map((x) => ({ value: x.id, label: label(x, lang) }));
          setOptions(initial && !found.some((f) => f.value === initial.id)
            ? [{ value: initial.id, label: initial.name ?? initial.id }, ...found] : found);
        })
        .catch(() => undefined);
    }, 200);
    return () => {
      clearTimeout(timer);
      c.abort();
    };
  }, [companyId, q, lang, initial]);
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear={allowClear}
      value={value}
      onChange={(v: string | undefined) => onChange?.(v)}
      options={options}
      placeholder={placeholder}
      style={{ width: '100%' }}
    />
  );
}
