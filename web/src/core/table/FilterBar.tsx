import { useEffect, type ReactNode } from 'react';
import { Button, Col, Form, Row, Space } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useT } from '../i18n/I18nProvider';

export interface FilterBarProps<V extends object> {
  /** Names the filter form for screen readers. */
  ariaLabel: string;
  /** The URL's filters turned into form values (dates into dayjs etc.). */
  values: V;
  /** Form values back into URL filters; empty values are dropped. */
  onSearch: (values: V) => void;
  onReset: () => void;
  /** Form.Items; each is laid out in a responsive column (4 per row at 1280 px, 2 on a tablet). */
  children: ReactNode[];
}

/** The search form above a list, in the Ant Design back-office layout: fields in a grid, Search / Reset at the end. */
export function FilterBar<V extends object>({ ariaLabel, values, onSearch, onReset, children }: FilterBarProps<V>) {
  const t = useT();
  const [form] = Form.useForm<V>();
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(values as Parameters<typeof form.setFieldsValue>[0]);
  }, [form, values]);

  return (
    <Form<V> form={form} layout="vertical" onFinish={onSearch} aria-label={ariaLabel} role="search" className="filter-bar">
      <Row gutter={16} align="bottom">
        {children.map((child, i) => (
          <Col key={i} xs={24} sm={12} lg={8} xl={6}>
            {child}
          </Col>
        ))}
        <Col flex="auto" style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                {t('core.actions.search')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  onReset();
                }}
              >
                {t('core.actions.reset')}
              </Button>
            </Space>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
