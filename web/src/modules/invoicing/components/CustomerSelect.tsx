import { useEffect, useMemo, useRef, useState } from 'react';
import { Select, Spin } from 'antd';
import { useI18n } from '../../../core/i18n/I18nProvider';
import { invoicingApi, type CustomerOption } from '../api';

export interface CustomerSelectProps {
  id?: string;
  value?: string;
  onChange?: (id: string | undefined, customer?: CustomerOption) => void;
  /** The selected customer as shown before any search (an edited draft, a filter from the URL). */
  initial?: CustomerOption | null;
  placeholder?: string;
  allowClear?: boolean;
  'aria-label'?: string;
}

export function customerLabel(c: { code: string; nameZh?: string | null; nameEn?: string | null; name?: string | null }, lang: string): string {
  const zh = c.nameZh ?? c.name ?? null;
  const name = lang === 'zh-CN' ? (zh || c.nameEn) : (c.nameEn || zh);
  return name ? `${c.code} · ${name}` : c.code;
}

/** Picks a customer by searching the customer master as the user types (debounced, cancelled when outdated). */
export function CustomerSelect({ id, value, onChange, initial, placeholder, allowClear, ...rest }: CustomerSelectProps) {
  const { lang } = useI18n();
  const [search, setSearch] = useState('');
  const [options, setOptions] = useState<CustomerOption[]>([]);
  const [loading, setLoading] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setLoading(true);
      invoicingApi
        .customers(search, controller.signal)
        .then((page) => setOptions(page.items))
        .catch(() => undefined)
        .finally(() => {
          if (!controller.signal.aborted) setLoading(false);
        });
    }, 250);
    return () => {
      clearTimeout(timer.current);
      controller.abort();
    };
  }, [search]);

  // a value set from outside (a link, the URL) that no search has shown yet: fetch its label once
  const [selected, setSelected] = useState<CustomerOption | null>(null);
  const known = (initial && initial.id === value) || options.some((o) => o.id === value) || selected?.id === value;
  useEffect(() => {
    if (!value || known) return;
    let live = true;
    invoicingApi.customer(value).then((c) => live && setSelected(c), () => undefined);
    return () => {
      live = false;
    };
  }, [value, known]);

  const all = useMemo(() => {
    const list = [...options];
    for (const extra of [initial, selected]) {
      if (extra && !list.some((o) => o.id === extra.id)) list.unshift(extra);
    }
    return list;
  }, [options, initial, selected]);

  return (
    <Select
      id={id}
      aria-label={rest['aria-label']}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      allowClear={allowClear}
      placeholder={placeholder}
      notFoundContent={loading ? <Spin size="small" /> : undefined}
      onChange={(v: string | undefined) => onChange?.(v, all.find((o) => o.id === v))}
      options={all.map((c) => ({ value: c.id, label: customerLabel(c, lang) }))}
      style={{ width: '100%' }}
    />
  );
}
