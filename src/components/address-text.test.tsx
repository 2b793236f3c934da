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
});
