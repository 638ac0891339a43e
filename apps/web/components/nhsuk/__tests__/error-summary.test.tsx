import { render, screen } from '@testing-library/react';
import { ErrorSummary, messagesByField } from '../error-summary';
import { SummaryList } from '../summary-list';

describe('the NHS.UK error summary', () => {
  const errors = [
    { field: 'name', message: 'Template name must not include underscore (_)', code: 'BAD_USER_INPUT' },
    { field: null, message: 'Sorry, there is a problem with the service', code: 'http' },
  ];

  it('is an alert, focused when it appears, linking each field error to its field', () => {
    render(
      <>
        <ErrorSummary errors={errors} />
        <input id="name" aria-label="Template name" />
      </>,
    );
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(screen.getByRole('link', { name: errors[0].message })).toHaveAttribute('href', '#name');
    expect(summary).toHaveTextContent('Sorry, there is a problem with the service');
  });

  it('can link a field to another element id', () => {
    render(
      <>
        <ErrorSummary errors={[{ field: 'credentialIds', message: 'Select a credential', code: 'BAD_USER_INPUT' }]} fieldIds={{ credentialIds: 'category-1' }} />
        <input type="checkbox" id="category-1" aria-label="Category" />
      </>,
    );
    expect(screen.getByRole('link', { name: 'Select a credential' })).toHaveAttribute('href', '#category-1');
  });

  it('never links to a field that is not on the page: the message is listed without a link', () => {
    const message = 'You cannot delete the job role ‘Porter’ because the template ‘Porters’ uses it';
    render(
      <>
        <h1>Are you sure you want to delete the job role Porter?</h1>
        <ErrorSummary errors={[{ field: 'id', message, code: 'BAD_USER_INPUT' }]} fieldIds={{ name: 'name' }} />
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    expect(screen.queryByRole('link')).toBeNull();
    expect(document.querySelector('a[href="#id"]')).toBeNull();
  });

  it('starts the page title with “Error: ” while it shows, and no longer once the errors are fixed', () => {
    document.title = 'Create a template – Staff Passport Settings – NHS';
    const { rerender } = render(<ErrorSummary errors={errors} />);
    expect(document.title).toBe('Error: Create a template – Staff Passport Settings – NHS');
    rerender(<ErrorSummary errors={[errors[0]]} />);
    expect(document.title).toBe('Error: Create a template – Staff Passport Settings – NHS');
    rerender(<ErrorSummary errors={[]} />);
    expect(document.title).toBe('Create a template – Staff Passport Settings – NHS');
  });

  it('renders nothing without errors', () => {
    const { container } = render(<ErrorSummary errors={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('gives the first message of each field for showing at the field', () => {
    expect(messagesByField(errors)).toEqual({ name: errors[0].message });
  });
});

describe('the NHS.UK summary list', () => {
  it('names the row in the Change link for screen readers', () => {
    render(<SummaryList rows={[{ key: 'HR team', value: 'hr@example.nhs.uk', action: { href: '/x', visuallyHiddenText: 'HR team email' } }]} />);
    expect(screen.getByRole('link', { name: 'Change HR team email' })).toHaveAttribute('href', '/x');
  });
});
