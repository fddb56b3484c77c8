/** A directory phone number (1-800-633-4227 or 916-492-3500) in international form: +1-800-633-4227. */
export const internationalPhone = (phone: string) => `+1-${phone.replace(/^1-/, '')}`;
