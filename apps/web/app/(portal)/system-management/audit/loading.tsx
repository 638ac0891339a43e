export { LoadingPage as default } from '@/components/layout/loading-page';
