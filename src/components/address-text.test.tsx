import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AddressText } from './address-text';

describe('AddressText', () => {
  it('reads and copies as the address itself, with places to wrap after its dots and @', () => {
    const { container } = render(<AddressText>partners@fabrikam.example</AddressText>);
    expect(screen.getByText('partners@fabrikam.example')).toBeInTheDocument();
    expect(container.textContent).toBe('partners@fabrikam.example');
    expect(container.querySelectorAll('wbr')).toHaveLength(2);
  });

  it('lets a link wrap after its slashes, ? & = and #, never inside a word', () => {
    const url =
      'https://sim.example/Adminportal/Home?invType=ResellerRelationship&DAP=false#/BillingAccounts';
    const { container } = render(<AddressText>{url}</AddressText>);
    expect(container.textContent).toBe(url);
    const pieces = [...(container.querySelector('span')?.childNodes ?? [])]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent);
    expect(pieces).toEqual([
      'https:/',
      '/',
      'sim.',
      'example/',
      'Adminportal/',
      'Home?',
      'invType=',
      'ResellerRelationship&',
      'DAP=',
      'false#',
      '/',
      'BillingAccounts',
    ]);
  });
});
