//! Small types of the app's own that the API carries as plain strings.

/// Channel through which a payment reached the Centre: the `method` of a recorded payment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaymentMethod {
    /// A bank transfer.
    Transfer,
    /// A transfer through the State Treasury (Kho bạc Nhà nước), usual for public schools.
    Treasury,
    Cash,
}

impl PaymentMethod {
    /// Every method, in the order a form offers them.
    pub const ALL: [PaymentMethod; 3] = [
        PaymentMethod::Treasury,
        PaymentMethod::Transfer,
        PaymentMethod::Cash,
    ];

    /// Returns the name the API uses.
    pub const fn as_str(self) -> &'static str {
        match self {
            PaymentMethod::Transfer => "transfer",
            PaymentMethod::Treasury => "treasury",
            PaymentMethod::Cash => "cash",
        }
    }

    /// Parses the name the API uses.
    pub fn from_name(name: &str) -> Option<PaymentMethod> {
        PaymentMethod::ALL
            .into_iter()
            .find(|method| method.as_str() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payment_method_names_round_trip() {
        for method in PaymentMethod::ALL {
            assert_eq!(PaymentMethod::from_name(method.as_str()), Some(method));
        }
        assert_eq!(PaymentMethod::from_name("cheque"), None);
    }
}
