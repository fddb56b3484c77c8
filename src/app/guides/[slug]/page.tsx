import { explainerRoute } from '../../_explainers/explainer-route';

// Only guides that exist are pages; any other /guides/<x> is the 404 page.
export const dynamicParams = false;

const route = explainerRoute('guide');
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
