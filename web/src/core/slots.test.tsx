import { Suspense } from 'react';
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../test/render';
import { AuthProvider } from './auth/AuthProvider';
import { Slot, type SlotEntry } from './slots';

afterEach(() => vi.unstubAllGlobals());

/** A contribution whose chunk arrives when the test says so. */
function deferredEntry(key: string) {
  let resolve: () => void = () => {};
  const arrived = new Promise<void>((r) => {
    resolve = r;
  });
  const entry: SlotEntry<{ label: string }> = {
    key,
    load: () => arrived.then(() => ({ default: ({ label }: { label: string }) => <button type="button">{label}</button> })),
  };
  return { entry, arrive: resolve };
}

function signedIn() {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ id: 'me', username: 'admin', roles: ['ADMIN'], language: 'en', enabled: true }),
    { status: 200, headers: { 'Content-Type': 'application/json' } })));
}

describe('Slot', () => {
  it('by default shows the host’s own buttons at once and a contribution when its chunk arrives', async () => {
    signedIn();
    const { entry, arrive } = deferredEntry('late');
    renderApp(<AuthProvider><Suspense fallback={<span>loading</span>}>
      <button type="button">Record receipt</button>
      <Slot entries={[entry]} props={{ label: 'Collections' }} />
    </Suspense></AuthProvider>);
    expect(await screen.findByRole('button', { name: 'Record receipt' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Collections' })).toBeNull();
    await act(async () => arrive());
    expect(await screen.findByRole('button', { name: 'Collections' })).toBeInTheDocument();
  });

  it('in the host’s boundary, the whole row appears together (no button moves under the pointer)', async () => {
    signedIn();
    const { entry, arrive } = deferredEntry('late');
    renderApp(<AuthProvider><Suspense fallback={<span>loading</span>}>
      <button type="button">Record receipt</button>
      <Slot entries={[entry]} props={{ label: 'Collections' }} inHostBoundary />
    </Suspense></AuthProvider>);
    expect(await screen.findByText('loading')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record receipt' })).toBeNull();
    await act(async () => arrive());
    expect(await screen.findByRole('button', { name: 'Collections' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Record receipt' })).toBeInTheDocument();
    expect(screen.queryByText('loading')).toBeNull();
  });
});
