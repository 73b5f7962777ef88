/**
 * The body of `POST lists` (`lists.add`) and `MERGE` on a list (`list.update`), read as SharePoint
 * reads an `SP.List`: a property the type does not have fails the whole request with 400, exactly as
 * it does for list items ("The property 'X' does not exist on type 'SP.List'…"); properties the type
 * has but the workbench does not model (ContentTypesEnabled, EnableVersioning…) are accepted and
 * ignored, so `lists.ensure` and provisioning scripts work unchanged.
 */
import { StoreError } from '../store/types';

/** SP.List properties a client may send (from the SP.List REST type); the workbench keeps the first three. */
const KNOWN = new Set(
  [
    'Title',
    'Description',
    'BaseTemplate',
    'AllowContentTypes',
    'ContentTypesEnabled',
    'DefaultContentApprovalWorkflowId',
    'Direction',
    'DocumentTemplateUrl',
    'DraftVersionVisibility',
    'EnableAttachments',
    'EnableFolderCreation',
    'EnableMinorVersions',
    'EnableModeration',
    'EnableVersioning',
    'ForceCheckout',
    'Hidden',
    'IrmEnabled',
    'IrmExpire',
    'IrmReject',
    'IsApplicationList',
    'LastItemModifiedDate',
    'MajorVersionLimit',
    'MajorWithMinorVersionsLimit',
    'MultipleDataList',
    'NoCrawl',
    'OnQuickLaunch',
    'ReadSecurity',
    'ValidationFormula',
    'ValidationMessage',
    'WriteSecurity',
  ].map((p) => p.toLowerCase()),
);

export interface ListProps {
  title?: string;
  description?: string;
  baseTemplate?: number;
}

function unknownProperty(name: string): StoreError {
  return new StoreError(
    400,
    '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    `The property '${name}' does not exist on type 'SP.List'. Make sure to only use property names that are defined by the type.`,
  );
}

function wrongType(name: string, expected: string, value: unknown): StoreError {
  return new StoreError(
    400,
    '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    `The property '${name}' of type 'SP.List' takes ${expected}, got ${JSON.stringify(value)}.`,
  );
}

/**
 * @throws {StoreError} 400 for a property SP.List does not have, or a Title/Description that is not text.
 * @example listPropsFromBody({ __metadata: { type: 'SP.List' }, Title: 'Risk Register' }) // { title: 'Risk Register' }
 */
export function listPropsFromBody(body: Record<string, unknown>): ListProps {
  const out: ListProps = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === '__metadata' || key.startsWith('odata.') || key.includes('@odata')) continue;
    const lower = key.toLowerCase();
    if (!KNOWN.has(lower)) throw unknownProperty(key);
    if (lower === 'title') {
      if (typeof value !== 'string') throw wrongType(key, 'a string', value);
      out.title = value;
    } else if (lower === 'description') {
      if (typeof value !== 'string') throw wrongType(key, 'a string', value);
      out.description = value;
    } else if (lower === 'basetemplate') {
      if (typeof value !== 'number' || !Number.isInteger(value)) throw wrongType(key, 'an integer', value);
      out.baseTemplate = value;
    }
  }
  return out;
}
