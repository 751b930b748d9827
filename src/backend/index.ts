export {
  setup,
  BACKEND_PREFERENCE,
  type BackendName,
  type SetupOptions,
  type SetupReport,
  type BackendAttempt,
} from './setup';
