import { useState } from 'react';
import { App, Button, Card, Empty, Input, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import { PlusOutlined, StarFilled } from '@ant-design/icons';
import { describeError } from '../../../core/api/describeError';
import { useFormat } from '../../../core/format/useFormat';
import { LANGUAGE_NAMES, type Language } from '../../../core/i18n/languages';
import { useT } from '../../../core/i18n/I18nProvider';
import {
  customersApi,
  type Address,
  type AddressFields as AddressData,
  type BankAccount,
  type BankAccountFields as BankAccountData,
  type Contact,
  type ContactFields as ContactData,
  type Customer,
} from '../api';
import { ChildCrud } from './ChildCrud';
import { AddressFields, BankAccountFields, ContactFields } from './ChildFields';

const blank = (s?: string | null) => (s && String(s).trim() ? String(s).trim() : null);

interface TabProps {
  customer: Customer;
  canEdit: boolean;
  onChanged: () => void;
}

export function ContactsTab({ customer, canEdit, onChanged }: TabProps) {
  const t = useT();
  const toBody = (v: ContactData): ContactData => ({ ...v, name: blank(v.name), email: blank(v.email), phone: blank(v.phone), language: v.language || null, primary: !!v.primary });
  return (
    <ChildCrud<Contact, ContactData>
      noun={t('customers.nouns.contact')}
      ariaLabel={t('customers.tabs.contacts')}
      items={customer.contacts}
      canEdit={canEdit}
      fields={<ContactFields />}
      toValues={(c) => (c ? { name: c.name, email: c.email, phone: c.phone, language: c.language, role: c.role, primary: c.primary } : { role: 'BILLING', primary: customer.contacts.length === 0 })}
      add={(v) => customersApi.addContact(customer.id, toBody(v))}
      update={(c, v) => customersApi.updateContact(customer.id, c, toBody(v))}
      remove={(c) => customersApi.removeContact(customer.id, c.id)}
      onChanged={onChanged}
      empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.contact.empty')} />}
      columns={[
        {
          title: t('customers.contact.name'), dataIndex: 'name', key: 'name',
          render: (v: string | null, c) => (
            <Space>
              {v || '—'}
              {c.primary && <Tooltip title={t('customers.contact.primary')}><StarFilled style={{ color: '#faad14' }} aria-label={t('customers.contact.primary')} /></Tooltip>}
            </Space>
          ),
        },
        { title: t('customers.contact.role'), dataIndex: 'role', key: 'role', render: (r: string) => <Tag>{t(`customers.contactRole.${r}`)}</Tag> },
        { title: t('customers.contact.email'), dataIndex: 'email', key: 'email', render: (v: string | null) => (v ? <a href={`mailto:${v}`}>{v}</a> : '—') },
        { title: t('customers.contact.phone'), dataIndex: 'phone', key: 'phone', render: (v: string | null) => (v ? <a href={`tel:${v.replace(/\s/g, '')}`}>{v}</a> : '—') },
        { title: t('customers.contact.language'), dataIndex: 'language', key: 'language', render: (v: string) => LANGUAGE_NAMES[v as Language] ?? v },
      ]}
    />
  );
}

export function formatAddress(a: Address, lang: string): string {
  const parts = lang === 'zh-CN' ? [a.province, a.city, a.district, a.line] : [a.line, a.district, a.city, a.province];
  const text = parts.filter(Boolean).join(lang === 'zh-CN' ? '' : ', ');
  return [text, a.postcode, a.country !== 'CN' || lang !== 'zh-CN' ? a.country : null].filter(Boolean).join(lang === 'zh-CN' ? ' ' : ', ');
}

export function AddressesTab({ customer, canEdit, onChanged, lang }: TabProps & { lang: string }) {
  const t = useT();
  const toBody = (v: AddressData): AddressData => ({
    ...v, country: blank(v.country)?.toUpperCase() ?? null, province: blank(v.province), city: blank(v.city), district: blank(v.district), line: blank(v.line), postcode: blank(v.postcode),
  });
  return (
    <ChildCrud<Address, AddressData>
      noun={t('customers.nouns.address')}
      ariaLabel={t('customers.tabs.addresses')}
      items={customer.addresses}
      canEdit={canEdit}
      fields={<AddressFields />}
      toValues={(a) => (a ? { type: a.type, country: a.country, province: a.province, city: a.city, district: a.district, line: a.line, postcode: a.postcode } : { type: customer.addresses.some((x) => x.type === 'BILLING') ? 'SHIPPING' : 'BILLING' })}
      add={(v) => customersApi.addAddress(customer.id, toBody(v))}
      update={(a, v) => customersApi.updateAddress(customer.id, a, toBody(v))}
      remove={(a) => customersApi.removeAddress(customer.id, a.id)}
      onChanged={onChanged}
      empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.address.empty')} />}
      modalWidth={820}
      columns={[
        { title: t('customers.address.type'), dataIndex: 'type', key: 'type', width: 120, render: (v: string) => <Tag color="blue">{t(`customers.addressType.${v}`)}</Tag> },
        { title: t('customers.address.full'), key: 'full', render: (_: unknown, a) => formatAddress(a, lang) || '—' },
      ]}
    />
  );
}

export function PaymentIdsTab({ customer, canEdit, onChanged }: TabProps) {
  const t = useT();
  const fmt = useFormat();
  const { message } = App.useApp();
  const [alias, setAlias] = useState('');
  const [adding, setAdding] = useState(false);
  const toBody = (v: BankAccountData): BankAccountData => ({
    accountNumber: blank(v.accountNumber), bankName: blank(v.bankName), holderName: blank(v.holderName), bic: blank(v.bic)?.toUpperCase() ?? null, currency: blank(v.currency)?.toUpperCase() ?? null,
  });

  const addAlias = async () => {
    if (!alias.trim()) return;
    setAdding(true);
    try {
      await customersApi.addAlias(customer.id, alias.trim());
      setAlias('');
      message.success(t('customers.messages.childAdded', { noun: t('customers.nouns.alias') }));
      onChanged();
    } catch (e) {
      message.error(describeError(e, t).detail || describeError(e, t).title);
    } finally {
      setAdding(false);
    }
  };
  const removeAlias = async (id: string) => {
    try {
      await customersApi.removeAlias(customer.id, id);
      onChanged();
    } catch (e) {
      message.error(describeError(e, t).title);
    }
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small" title={<h3 className="card-title">{t('customers.bank.title')}</h3>}>
        <ChildCrud<BankAccount, BankAccountData>
          noun={t('customers.nouns.bankAccount')}
          ariaLabel={t('customers.bank.title')}
          items={customer.bankAccounts}
          canEdit={canEdit}
          fields={<BankAccountFields />}
          toValues={(a) => (a ? { accountNumber: a.accountNumber, bankName: a.bankName, holderName: a.holderName, bic: a.bic, currency: a.currency } : {})}
          add={(v) => customersApi.addBankAccount(customer.id, toBody(v))}
          update={(a, v) => customersApi.updateBankAccount(customer.id, a, toBody(v))}
          remove={(a) => customersApi.removeBankAccount(customer.id, a.id)}
          onChanged={onChanged}
          empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.bank.empty')} />}
          columns={[
            { title: t('customers.bank.accountNumber'), dataIndex: 'accountNumber', key: 'accountNumber', render: (v: string, a) => <Space><span className="mono">{v}</span>{a.iban && <Tag>IBAN</Tag>}</Space> },
            { title: t('customers.bank.bankName'), dataIndex: 'bankName', key: 'bankName', render: (v) => v || '—' },
            { title: t('customers.bank.holderName'), dataIndex: 'holderName', key: 'holderName', render: (v) => v || '—' },
            { title: t('customers.bank.bic'), dataIndex: 'bic', key: 'bic', render: (v) => (v ? <span className="mono">{v}</span> : '—') },
            { title: t('customers.bank.currency'), dataIndex: 'currency', key: 'currency', render: (v) => v || '—' },
          ]}
        />
      </Card>
      <Card size="small" title={<h3 className="card-title">{t('customers.aliases.title')}</h3>}>
        <Typography.Paragraph type="secondary">{t('customers.aliases.help')}</Typography.Paragraph>
        {customer.aliases.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.aliases.empty')} />
        ) : (
          <Space size={[8, 8]} wrap style={{ marginBottom: 12 }} role="list" aria-label={t('customers.aliases.title')}>
            {customer.aliases.map((a) => (
              <span role="listitem" key={a.id}>
                <Tooltip title={`${t(`customers.aliases.source.${a.source}`)} · ${fmt.dateTime(a.createdAt)}`}>
                  <Tag color={a.source === 'LEARNED' ? 'purple' : a.source === 'IMPORT' ? 'cyan' : 'default'} style={{ marginInlineEnd: 0 }}>
                    {a.name}
                    {canEdit && (
                      <Popconfirm
                        title={t('customers.confirm.removeTitle', { noun: t('customers.nouns.alias') })}
                        onConfirm={() => removeAlias(a.id)}
                        okText={t('customers.actions.remove')}
                        okButtonProps={{ danger: true }}
                        cancelText={t('core.actions.cancel')}
                      >
                        <Button type="link" size="small" danger style={{ paddingInline: 4, height: 'auto' }} aria-label={`${t('customers.actions.remove')} ${a.name}`}>×</Button>
                      </Popconfirm>
                    )}
                  </Tag>
                </Tooltip>
              </span>
            ))}
          </Space>
        )}
        {canEdit && (
          <Space.Compact style={{ width: '100%', maxWidth: 480, marginTop: 12 }}>
            <Input
              value={alias}
              onChange={(e) => setAlias(e.target.value)}
              onPressEnter={() => void addAlias()}
              placeholder={t('customers.aliases.placeholder')}
              aria-label={t('customers.aliases.placeholder')}
              maxLength={200}
            />
            <Button icon={<PlusOutlined />} loading={adding} onClick={() => void addAlias()}>{t('customers.actions.addNoun', { noun: t('customers.nouns.alias') })}</Button>
          </Space.Compact>
        )}
      </Card>
    </Space>
  );
}
