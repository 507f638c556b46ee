import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/render';
import { ChainVerification } from './components/ChainVerification';
import { diffAudit, problemMessage } from './diff';

afterEach(() => vi.unstubAllGlobals());

const answer = (body: unknown, status = 200) =>
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' } })));

describe('chain verification', () => {
  it('says plainly that the chain is intact and how many entries were checked', async () => {
    answer({ ok: true, rowsChecked: 1234, problems: [] });
    renderApp(<ChainVerification />);
    await userEvent.click(screen.getByRole('button', { name: 'Verify chain' }));
    expect(await screen.findByText('The audit chain is intact')).toBeInTheDocument();
    expect(screen.getByText(/1,234 entries verified at/)).toBeInTheDocument();
  });

  it('lists what is broken, translated', async () => {
    answer({ ok: false, rowsChecked: 40, problems: ['row 7: content was changed after it was written', 'rows 12..13 are missing (deleted)', 'something new'] });
    renderApp(<ChainVerification />, { lang: 'zh-CN' });
    await userEvent.click(screen.getByRole('button', { name: '校验哈希链' }));
    expect(await screen.findByText('审计哈希链已损坏：发现 3 个问题')).toBeInTheDocument();
    expect(screen.getByText('第 7 条记录：写入后内容被修改')).toBeInTheDocument();
    expect(screen.getByText('第 12 至 13 条记录缺失（已被删除）')).toBeInTheDocument();
    expect(screen.getByText('something new')).toBeInTheDocument();
  });

  it('shows why verification could not run', async () => {
    answer({ status: 403, code: 'FORBIDDEN', title: 'Not allowed', detail: 'Your roles do not allow this' }, 403);
    renderApp(<ChainVerification />);
    await userEvent.click(screen.getByRole('button', { name: 'Verify chain' }));
    expect(await screen.findByText('Not allowed')).toBeInTheDocument();
  });
});

describe('audit diff', () => {
  it('lists changed, added and removed fields, nested and in lists', () => {
    const before = JSON.stringify({ language: 'en', roles: ['ADMIN'], address: { city: '上海' }, lines: [{ amount: '1.00' }], gone: 1 });
    const after = JSON.stringify({ language: 'zh-CN', roles: ['ADMIN'], address: { city: '北京' }, lines: [{ amount: '2.00' }], added: true });
    expect(diffAudit(before, after)).toEqual([
      { path: 'language', before: 'en', after: 'zh-CN', kind: 'changed' },
      { path: 'address.city', before: '上海', after: '北京', kind: 'changed' },
      { path: 'lines[0].amount', before: '1.00', after: '2.00', kind: 'changed' },
      { path: 'gone', before: 1, after: undefined, kind: 'removed' },
      { path: 'added', before: undefined, after: true, kind: 'added' },
    ]);
  });

  it('treats a creation as all fields added and a deletion as all removed', () => {
    expect(diffAudit(null, '{"a":1,"b":"x"}').map((c) => c.kind)).toEqual(['added', 'added']);
    expect(diffAudit('{"a":1}', null).map((c) => c.kind)).toEqual(['removed']);
  });

  it('recognises the server’s problem sentences', () => {
    expect(problemMessage('row 3: previous-hash link is broken')).toEqual({ key: 'audit.verify.problem.link', params: { row: '3' } });
    expect(problemMessage('the chain ends at row 9 but the head records row 11: rows at the end were deleted or the head was altered'))
      .toEqual({ key: 'audit.verify.problem.head', params: { last: '9', head: '11' } });
    expect(problemMessage('unheard of')).toBeNull();
  });
});
