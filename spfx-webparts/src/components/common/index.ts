/** The shared UI kit of the three web parts: loading, empty and error states, the 412 dialog, loading hook, dates. */
export type { WebPartEnvironment } from './environment';
export type { GtmRepositories } from './repositories';
export { createGtmRepositories } from './repositories';
export { ListErrorMessage } from './ListErrorMessage';
export type { ListErrorMessageProps } from './ListErrorMessage';
export { LoadingState } from './LoadingState';
export { EmptyState } from './EmptyState';
export type { EmptyStateProps } from './EmptyState';
export { ConflictDialog } from './ConflictDialog';
export type { Conflict, ConflictDialogProps } from './ConflictDialog';
export { useLoad } from './use-load';
export type { LoadResult } from './use-load';
export { formatDate } from './format-date';
export { listErrorKind, errorText } from './list-error-kind';
export type { ListErrorKind } from './list-error-kind';
export { InvalidRowsMessage } from './InvalidRowsMessage';
export type { InvalidRow } from './InvalidRowsMessage';
