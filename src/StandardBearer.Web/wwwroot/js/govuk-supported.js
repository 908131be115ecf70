// Replaces GOV.UK Frontend's usual inline snippet, which our Content-Security-Policy (no inline script) forbids.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
