import { useEffect, useMemo, useState } from 'react';
import { Select, Spin } from 'antd';
import { useI18n } from '../../../core/i18n/I18nProvider';
import { paymentsApi, type CustomerName } from '../api';

export function customerLabel(c: Pick<CustomerName, 'code' | 'nameZh' | 'nameEn'>, lang: string): string {
  const name = lang === 'zh-CN' ? c.nameZh || c.nameEn : c.nameEn || c.nameZh;
  return name ? `${c.code} · ${name}` : c.code;
}

/** Picks a customer by code, name, tax id or payer name (server-side search, 250 ms after typing stops). */
export function CustomerSelect({ value, onChange, onPicked, id, placeholder, allowClear, initial, ariaLabel, style }: {
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** The whole record of the picked customer (its company, its name). */
  onPicked?: (c: CustomerName | null) => void;
  id?: string;
  placeholder?: string;
  allowClear?: boolean;
  /** A customer known before any search (from the URL). */
  initial?: CustomerName | null;
  ariaLabel?: string;
  style?: React.CSSProperties;
}) {
  const { t, lang } = useI18n();
  const [text, setText] = useState('');
  const [options, setOptions] = useState<CustomerName[]>([]);
  const [loading, setLoading] = useState(false);
  // every customer seen in an answer, so the picked one keeps its label when a new search no longer lists it
  const [seen, setSeen] = useState<Map<string, CustomerName>>(new Map());
  const known = useMemo(() => (initial ? new Map([...seen, [initial.id, initial]]) : seen), [seen, initial]);

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setLoading(true);
      paymentsApi.searchCustomers(text.trim(), controller.signal)
        .then((p) => {
          setSeen((prev) => new Map([...prev, ...p.items.map((c) => [c.id, c] as const)]));
          setOptions(p.items);
        })
        .catch(() => undefined)
        .finally(() => {
          if (!controller.signal.aborted) setLoading(false);
        });
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  const merged = useMemo(() => {
    const list = [...options];
    const current = value ? known.get(value) : undefined;
    if (current && !list.some((c) => c.id === current.id)) list.unshift(current);
    return list;
  }, [options, value, known]);

  return (
    <Select
      id={id}
      style={style}
      value={value ?? undefined}
      placeholder={placeholder ?? t('payments.fields.customerHint')}
      allowClear={allowClear}
      aria-label={ariaLabel}
      showSearch={{ filterOption: false, onSearch: setText }}
      notFoundContent={loading ? <Spin size="small" /> : t('payments.noCustomerFound')}
      options={merged.map((c) => ({ value: c.id, label: customerLabel(c, lang) }))}
      onChange={(v: string | undefined) => {
        onChange?.(v ?? null);
        onPicked?.(v ? (known.get(v) ?? null) : null);
      }}
    />
  );
}
