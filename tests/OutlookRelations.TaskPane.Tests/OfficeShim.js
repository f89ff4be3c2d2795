// A stand-in for Office.js at the host boundary: just enough of Office.context.mailbox for the
// pane in Outlook. Compose mode by default (To/Cc/Bcc with getAsync, RecipientsChanged); set
// window.__shimRead = { from, to, cc } before this script for read mode, window.__shimMeeting = { id, subject }
// for a calendar item, and window.__shimToken for
// what Office SSO (Office.auth.getAccessToken) hands out. Tests drive it through window.__shim.
(function () {
  const recipients = { to: [], cc: [], bcc: [] };
  let onChanged = null;
  const field = (name) => ({
    getAsync: (callback) => callback({ status: "succeeded", value: recipients[name].map((a) => ({ emailAddress: a, displayName: a })) }),
  });
  window.__shim = {
    setRecipients(to, cc, bcc) {
      recipients.to = to || []; recipients.cc = cc || []; recipients.bcc = bcc || [];
      if (onChanged) onChanged({ type: "olkRecipientsChanged" });
    },
    get handlerRegistered() { return onChanged !== null; },
  };
  window.Office = {
    HostType: { Outlook: "Outlook" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { RecipientsChanged: "olkRecipientsChanged" },
    MailboxEnums: { ItemType: { Message: "message", Appointment: "appointment" }, RestVersion: { v2_0: "v2.0" } },
    auth: {
      getAccessToken: () => window.__shimToken
        ? Promise.resolve(window.__shimToken)
        : Promise.reject({ code: 13001, message: "The user is not signed in to Office." }),
    },
    context: {
      requirements: { isSetSupported: (name) => name === "Mailbox" },
      mailbox: {
        userProfile: { emailAddress: "ana@fabrikam.example" },
        // Calendar items: the REST id is the EWS id here; Outlook converts between the two.
        convertToRestId: (id) => id,
        item: window.__shimMeeting
          ? { itemType: "appointment", itemId: window.__shimMeeting.id, subject: window.__shimMeeting.subject }
          : window.__shimRead
          ? {
              from: { emailAddress: window.__shimRead.from, displayName: window.__shimRead.from },
              to: (window.__shimRead.to || []).map((a) => ({ emailAddress: a, displayName: a })),
              cc: (window.__shimRead.cc || []).map((a) => ({ emailAddress: a, displayName: a })),
            }
          : {
              to: field("to"), cc: field("cc"), bcc: field("bcc"),
              addHandlerAsync: (type, handler) => { if (type === "olkRecipientsChanged") onChanged = handler; },
            },
      },
    },
    onReady: () => Promise.resolve({ host: "Outlook", platform: "PC" }),
  };
})();
